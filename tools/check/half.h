/* fastsig-check --half: the 16-bit functions (FS_FUNCTIONS_HALF). */
#ifndef FSC_HALF_H
#define FSC_HALF_H

#include <stdint.h>

/* Checks every 16-bit function on the ISAs `isas` (bit per fastsig_isa); backward on every
 * stride-th y with all dy (stride 1: all 2^32 pairs), on `threads` threads. Prints one line
 * per function and ISA; returns how many of them were not correctly rounded everywhere. */
int fsc_half(unsigned isas, uint64_t stride, int threads);

#endif
