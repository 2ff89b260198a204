/* A rough ns/element per function and ISA (--quick): indicative only, the speed figures
 * of README come from the benchmarks (bench/). */
#ifndef FSC_TIMING_H
#define FSC_TIMING_H

void fsc_timing(unsigned isas);

#endif
