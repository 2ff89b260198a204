// The benchmark program: libfastsig's functions per ISA (bench_fastsig.cc) and its peers
// (bench_peers.cc) register themselves at start-up; this file adds the main().
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
