/* The textbook sigmoid loop, as a user writes it without a library. meson compiles this one
 * file twice, naming the function through PEER_LOOP_NAME: at -O2 (peer_naive: one expf call
 * per element) and at -O3 -ffast-math -march=native (peer_native: GCC calls glibc's vector
 * expf, _ZGV*expf from libmvec). */
#include <math.h>

#include "peers.h"

void PEER_LOOP_NAME(const float *x, float *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = 1.0f / (1.0f + expf(-x[i]));
}
