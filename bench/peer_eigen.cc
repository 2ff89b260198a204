// Eigen peer: y = x.logistic() on Eigen::ArrayXf views of the arrays. Eigen is header-only
// and vectorises for the flags this file is built with: -O3 -march=native (see meson.build).
#include <Eigen/Core>

#include "peers.h"

extern "C" void peer_eigen(const float *x, float *y, size_t n)
{
    Eigen::Map<const Eigen::ArrayXf> in(x, static_cast<Eigen::Index>(n));
    Eigen::Map<Eigen::ArrayXf> out(y, static_cast<Eigen::Index>(n));
    out = in.logistic();
}
