/* Special inputs checked on their own (±0, ±inf, quiet and signalling NaNs, the smallest
 * subnormals, the largest finite floats), and the boundaries where σ becomes 1, becomes
 * subnormal and becomes 0, found by search over each kernel's outputs. */
#ifndef FSC_SPECIALS_H
#define FSC_SPECIALS_H

/* Prints both reports for the ISAs and outputs given (bit masks as in fsc_sweep). Returns
 * the number of special-input failures (wrong exact value, NaN kept/lost, over the bound). */
int fsc_specials(unsigned isas, unsigned outs);
void fsc_boundaries(unsigned isas, unsigned outs);

#endif
