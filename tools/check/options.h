/* Command line of fastsig-check. */
#ifndef FSC_OPTIONS_H
#define FSC_OPTIONS_H

#include <stdint.h>

struct fsc_options {
    unsigned isas;   /* bit per fastsig_isa; default: all the host supports */
    unsigned outs;   /* bit per fsc_out; default: all */
    uint64_t stride; /* default 1 (all 2^32 inputs); --quick: 4099 */
    int threads;     /* default: online CPUs */
    int quick;
    int half;         /* --half: the 16-bit functions instead */
    const char *json; /* NULL: no JSON */
};

/* Fills o from argv. Returns 0 to run, 1 after printing --help, 2 after printing an error
 * about bad input (the exit code for it). */
int fsc_parse_options(int argc, char **argv, struct fsc_options *o);

#endif
