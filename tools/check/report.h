/* The accuracy table, the list of failed bounds, and the JSON records. */
#ifndef FSC_REPORT_H
#define FSC_REPORT_H

#include "sweep.h"

void fsc_print_table(const struct fsc_sweep *s);
/* Prints one line per failed bound; returns how many there were. */
int fsc_print_failures(const struct fsc_sweep *s);
/* Writes the JSON list; returns 0, or −1 with a message if the file cannot be written. */
int fsc_write_json(const struct fsc_sweep *s, const char *path);

#endif
