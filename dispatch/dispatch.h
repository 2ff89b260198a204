/* The active kernel table, resolved once and thread-safely (dispatch.c). Internal. */
#ifndef FASTSIG_DISPATCH_H
#define FASTSIG_DISPATCH_H

#include "kernel.h"
#include "fastsig.h"

/* The table of the selected ISA; resolves the choice on first use. */
const struct fastsig_kernels *fastsig_active_kernels(void);

/* The table of a given ISA if it is built in, else NULL (no check that the host runs it);
 * for AVX-512 the AVX512_BF16 build where the host has BF16. */
const struct fastsig_kernels *fastsig_kernels_of(fastsig_isa isa);

#endif
