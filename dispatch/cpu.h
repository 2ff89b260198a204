/* CPU feature detection (cpu_<arch>.c) and the pure choice of ISAs (select.c). Detection only
 * reports feature bits (FS_CPU_*, isas.h); select.c alone turns them into ISAs, so tests can
 * feed it the features of CPUs we do not have. Internal to the library. */
#ifndef FASTSIG_CPU_H
#define FASTSIG_CPU_H

#include "fastsig.h"
#include "isas.h"

/* Feature bits of the running CPU and OS (FS_CPU_*). */
unsigned fastsig_cpu_features(void);

/* Bit (1u << isa) for every ISA whose kernel is built into this library and can run on a
 * CPU with these features. Pure: no detection, no global state. */
unsigned fastsig_isas_for_features(unsigned features);

/* The preferred ISA in a mask from fastsig_isas_for_features (scalar if none). */
fastsig_isa fastsig_best_isa(unsigned isa_mask);

/* Parse a FASTSIG_ISA value (an ISA name of the registry, built or not).
 * Returns FASTSIG_ISA_AUTO for an unknown name. */
fastsig_isa fastsig_parse_isa(const char *name);

/* ISAs allowed when FASTSIG_ISA names `cap`: those in `isa_mask` no better than it. */
unsigned fastsig_cap_isas(unsigned isa_mask, fastsig_isa cap);

#endif
