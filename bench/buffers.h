// The arrays every benchmark works on, and the counters every benchmark reports.
#ifndef BENCH_BUFFERS_H
#define BENCH_BUFFERS_H

#include <benchmark/benchmark.h>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// 64-byte aligned, pre-faulted arrays of bench_max_n() floats, allocated and filled on
// first use:
//   x    inputs: uniform in [−20, 20], with 3 special values in every 1024 (none among the
//        first 512): one in [−103, −88] (σ is subnormal), +30 (σ rounds to 1) and −110
//        (σ rounds to 0);
//   y    σ(x) in double rounded to f32 (a forward output, for deriv_from_output, backward);
//   x_sub, y_sub  the same with one input in every 16 in [−103, −88]: every 16-float vector
//        then has a subnormal result, which shows what subnormal arithmetic costs;
//   dy   uniform in [−1, 1] (an upstream gradient, for backward);
//   out1, out2  outputs.
struct Buffers {
    float *x, *y, *dy, *out1, *out2, *x_sub, *y_sub;
};
const Buffers &bench_buffers();

// Fills out[0..n) with NaN, so that a run that writes nothing is caught by the check below.
void poison(float *out, std::size_t n);
// Checks out[0..n) against σ(x[0..n)) to 1e−4 relative (1e−6 absolute near 0), once before
// timing: "" if all match; else a note like "wrong for 3 of 64 inputs, e.g. x=-110 gives nan",
// and *garbage is set when more than a tenth are wrong (a run that computes nothing).
std::string sigmoid_check(const Buffers &b, const float *out, std::size_t n, bool *garbage);

// The array lengths every function is measured at: 1, 4, 16, …, 16M.
const std::vector<int64_t> &bench_sizes();
std::size_t bench_max_n();

// items/s and bytes/s: `bytes_per_item` is what one element moves (inputs + outputs).
void set_counters(benchmark::State &state, std::size_t n, int bytes_per_item);

#endif
