// The peers of libfastsig's sigmoid, at the same sizes on the same inputs
// ("sigmoid/<peer>/<n>"), and memcpy of the same bytes ("copy/memcpy/<n>"), which marks
// the memory-bandwidth limit. meson defines BENCH_HAVE_<PEER> for each peer it built; a
// peer whose instruction set this host lacks is skipped with an error line.
#include <cstring>
#include <string>

#include "buffers.h"
#include "peers.h"

namespace
{

using LoopFn = void (*)(const float *x, float *y, size_t n);

struct LoopPeer {
    const char *name;
    LoopFn fn;
    bool (*host_runs)();
};

struct OpPeer {
    const char *name;
    void *(*prepare)(const float *x, float *y, size_t n);
    int (*run)(void *op);
    void (*release)(void *op);
};

bool always() { return true; }

#if defined(BENCH_HAVE_SLEEF_AVX2)
bool has_avx2() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
bool has_avx512() { return __builtin_cpu_supports("avx512f"); }
#endif

const LoopPeer loop_peers[] = {
    {"naive_O2", peer_naive, always},
    {"native_fastmath", peer_native, always},
#if defined(BENCH_HAVE_SLEEF_AVX2)
    {"sleef_avx2", peer_sleef_avx2, has_avx2},
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
    {"sleef_avx512", peer_sleef_avx512, has_avx512},
#endif
#if defined(BENCH_HAVE_SLEEF_NEON)
    {"sleef_neon", peer_sleef_neon, always},
#endif
#if defined(BENCH_HAVE_EIGEN)
    {"eigen_native", peer_eigen, always},
#endif
};

const OpPeer op_peers[] = {
#if defined(BENCH_HAVE_XNNPACK)
    {"xnnpack", peer_xnnpack_prepare, peer_xnnpack_run, peer_xnnpack_release},
#endif
#if defined(BENCH_HAVE_ONEDNN)
    {"onednn", peer_onednn_prepare, peer_onednn_run, peer_onednn_release},
#endif
    {nullptr, nullptr, nullptr, nullptr}, // keeps the array non-empty
};

void run_loop(benchmark::State &state, const LoopPeer *p)
{
    size_t n = static_cast<size_t>(state.range(0));
    if (!p->host_runs()) {
        state.SkipWithError((std::string("skipped: this host cannot run ") + p->name).c_str());
        return;
    }
    const Buffers &b = bench_buffers();
    poison(b.out1, n);
    p->fn(b.x, b.out1, n);
    bool garbage = false;
    std::string wrong = sigmoid_check(b, b.out1, n, &garbage);
    if (garbage) {
        state.SkipWithError(wrong.c_str());
        return;
    }
    for (auto _ : state) {
        p->fn(b.x, b.out1, n);
        benchmark::ClobberMemory();
    }
    state.SetLabel(wrong);
    set_counters(state, n, 8);
}

void run_op(benchmark::State &state, const OpPeer *p)
{
    size_t n = static_cast<size_t>(state.range(0));
    const Buffers &b = bench_buffers();
    poison(b.out1, n);
    void *op = p->prepare(b.x, b.out1, n);
    bool garbage = true;
    std::string wrong = "failed to set up or run";
    if (op != nullptr && p->run(op) == 0)
        wrong = sigmoid_check(b, b.out1, n, &garbage);
    if (garbage) {
        state.SkipWithError(wrong.c_str());
        if (op != nullptr)
            p->release(op);
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(p->run(op));
        benchmark::ClobberMemory();
    }
    p->release(op);
#if defined(BENCH_HAVE_ONEDNN)
    if (p->prepare == peer_onednn_prepare)
        wrong = std::to_string(peer_onednn_threads()) + " thread(s)" +
                (wrong.empty() ? "" : "; " + wrong);
#endif
    state.SetLabel(wrong);
    set_counters(state, n, 8);
}

void run_memcpy(benchmark::State &state)
{
    size_t n = static_cast<size_t>(state.range(0));
    const Buffers &b = bench_buffers();
    for (auto _ : state) {
        std::memcpy(b.out1, b.x, n * sizeof(float));
        benchmark::ClobberMemory();
    }
    set_counters(state, n, 8);
}

void with_sizes(benchmark::internal::Benchmark *b)
{
    for (int64_t n : bench_sizes())
        b->Arg(n);
}

int register_all()
{
    for (const LoopPeer &p : loop_peers)
        with_sizes(
            benchmark::RegisterBenchmark((std::string("sigmoid/") + p.name).c_str(), run_loop, &p));
    for (const OpPeer &p : op_peers)
        if (p.name != nullptr)
            with_sizes(benchmark::RegisterBenchmark((std::string("sigmoid/") + p.name).c_str(),
                                                    run_op, &p));
    with_sizes(benchmark::RegisterBenchmark("copy/memcpy", run_memcpy));
    return 0;
}

[[maybe_unused]] const int registered = register_all();

} // namespace
