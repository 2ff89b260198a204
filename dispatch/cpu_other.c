/* Hosts with no SIMD kernel: no features, so the scalar kernel runs. */
#include "cpu.h"

unsigned fastsig_cpu_features(void) { return 0; }
