// The 16-bit functions (every row of FS_FUNCTIONS_HALF) through the public API on each ISA
// and the dispatcher's choice ("<function>/<isa>/<n>"), at 16K, 256K and 16M elements, and
// their peers on the same inputs: the loop an engine writes without them
// ("sigmoid_<fmt>/convert_loop_fast": chunks converted to f32, fastsig_sigmoid_fast_f32,
// converted back; "convert_loop_accurate" with fastsig_sigmoid_f32), oneDNN's eltwise
// logistic on bf16 memory ("sigmoid_bf16/onednn"), and memcpy of the 16-bit bytes
// ("copy16/memcpy"). The f32 fast tier at the same n is "sigmoid_fast/auto" (bench_fastsig.cc).
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "buffers.h"
#include "fastsig.h"
#include "half_ref.h"
#include "peers.h"

namespace
{

const std::vector<int64_t> half_sizes = {16 << 10, 256 << 10, 16 << 20};

// Inputs rounded to each format from the f32 buffers: x, y (a forward output) and dy; and
// outputs.
struct Half {
    std::vector<uint16_t> x, y, dy, out1, out2;
};

const Half &half_buffers(int bf16)
{
    static Half h[2];
    static bool ready[2];
    if (!ready[bf16]) {
        const Buffers &b = bench_buffers();
        size_t n = bench_max_n();
        Half &d = h[bf16];
        d.x.resize(n);
        d.y.resize(n);
        d.dy.resize(n);
        d.out1.assign(n, 0);
        d.out2.assign(n, 0);
        for (size_t i = 0; i < n; i++) {
            d.x[i] = fs_h_round(bf16, b.x[i]);
            d.y[i] = fs_h_round(bf16, b.y[i]);
            d.dy[i] = fs_h_round(bf16, b.dy[i]);
        }
        ready[bf16] = true;
    }
    return h[bf16];
}

const uint16_t *input_a(enum fs_hfn fn, const Half &h)
{
    enum fs_kind k = fs_hfn_kind(fn);
    return k == FS_KIND_BACKWARD ? h.dy.data() : k == FS_KIND_OUTPUT ? h.y.data() : h.x.data();
}

int arrays_of(enum fs_hfn fn)
{
    enum fs_kind k = fs_hfn_kind(fn);
    return k == FS_KIND_BACKWARD || k == FS_KIND_DUAL ? 3 : 2;
}

void run_half(benchmark::State &state, enum fs_hfn fn, fastsig_isa isa)
{
    size_t n = static_cast<size_t>(state.range(0));
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        state.SkipWithError(
            (std::string("skipped: this host cannot run ") + fastsig_isa_name(isa)).c_str());
        return;
    }
    Half &h = const_cast<Half &>(half_buffers(fs_hfn_bf16(fn)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            fs_hcall(fn, input_a(fn, h), h.y.data(), h.out1.data(), h.out2.data(), n));
        benchmark::ClobberMemory();
    }
    state.SetLabel(fastsig_isa_name(fastsig_get_isa()));
    set_counters(state, n, 2 * arrays_of(fn));
}

// How many results of a peer differ from the correctly rounded σ, and by more than one
// 16-bit ulp (checked once, before timing).
std::string compare(int bf16, const Half &h, const uint16_t *got, size_t n)
{
    size_t differ = 0, far = 0;
    for (size_t i = 0; i < n; i++) {
        uint16_t want = fs_h_ref(bf16, FS_REF_SIGMOID, h.x[i], 0);
        if (got[i] != want) {
            differ++;
            if (std::abs(static_cast<int>(got[i]) - static_cast<int>(want)) > 1)
                far++;
        }
    }
    if (differ == 0)
        return "all correctly rounded";
    return std::to_string(differ) + " of " + std::to_string(n) + " not correctly rounded" +
           (far ? ", " + std::to_string(far) + " by more than 1 ulp" : "");
}

void run_convert_loop(benchmark::State &state, int bf16, int accurate)
{
    size_t n = static_cast<size_t>(state.range(0));
    if (!peer_convert_loop_runs(bf16)) {
        state.SkipWithError("skipped: no conversion loop for this host");
        return;
    }
    fastsig_set_isa(FASTSIG_ISA_AUTO);
    Half &h = const_cast<Half &>(half_buffers(bf16));
    peer_convert_loop(bf16, accurate, h.x.data(), h.out1.data(), n);
    std::string label = compare(bf16, h, h.out1.data(), n < 65536 ? n : 65536);
    for (auto _ : state) {
        peer_convert_loop(bf16, accurate, h.x.data(), h.out1.data(), n);
        benchmark::ClobberMemory();
    }
    state.SetLabel(label);
    set_counters(state, n, 4);
}

#if defined(BENCH_HAVE_ONEDNN)
void run_onednn_bf16(benchmark::State &state)
{
    size_t n = static_cast<size_t>(state.range(0));
    Half &h = const_cast<Half &>(half_buffers(1));
    void *op = peer_onednn_prepare_bf16(h.x.data(), h.out1.data(), n);
    if (op == nullptr || peer_onednn_run(op) != 0) {
        state.SkipWithError("oneDNN: failed to set up or run a bf16 eltwise_logistic");
        if (op != nullptr)
            peer_onednn_release(op);
        return;
    }
    std::string label = compare(1, h, h.out1.data(), n < 65536 ? n : 65536);
    for (auto _ : state) {
        benchmark::DoNotOptimize(peer_onednn_run(op));
        benchmark::ClobberMemory();
    }
    peer_onednn_release(op);
    state.SetLabel(std::to_string(peer_onednn_threads()) + " thread(s); " + label);
    set_counters(state, n, 4);
}
#endif

void run_memcpy16(benchmark::State &state)
{
    size_t n = static_cast<size_t>(state.range(0));
    Half &h = const_cast<Half &>(half_buffers(1));
    for (auto _ : state) {
        std::memcpy(h.out1.data(), h.x.data(), n * 2);
        benchmark::ClobberMemory();
    }
    set_counters(state, n, 4);
}

void with_sizes(benchmark::internal::Benchmark *b)
{
    for (int64_t n : half_sizes)
        b->Arg(n);
}

#define BENCH_ISA(NAME, name, needs, arg) FASTSIG_ISA_##NAME,
const fastsig_isa isas[] = {FASTSIG_ISA_AUTO, FS_BUILT_ISAS(BENCH_ISA, _)};

int register_all()
{
    for (int f = 0; f < FS_HFN_COUNT; f++)
        for (fastsig_isa isa : isas) {
            std::string name = std::string(fs_hfn_name(static_cast<enum fs_hfn>(f))) + "/" +
                               (isa == FASTSIG_ISA_AUTO ? "auto" : fastsig_isa_name(isa));
            with_sizes(benchmark::RegisterBenchmark(name.c_str(), run_half,
                                                    static_cast<enum fs_hfn>(f), isa));
        }
    for (int bf16 = 0; bf16 < 2; bf16++) {
        std::string fn = bf16 ? "sigmoid_bf16/" : "sigmoid_f16/";
        with_sizes(benchmark::RegisterBenchmark((fn + "convert_loop_fast").c_str(),
                                                run_convert_loop, bf16, 0));
        with_sizes(benchmark::RegisterBenchmark((fn + "convert_loop_accurate").c_str(),
                                                run_convert_loop, bf16, 1));
    }
#if defined(BENCH_HAVE_ONEDNN)
    with_sizes(benchmark::RegisterBenchmark("sigmoid_bf16/onednn", run_onednn_bf16));
#endif
    with_sizes(benchmark::RegisterBenchmark("copy16/memcpy", run_memcpy16));
    return 0;
}

[[maybe_unused]] const int registered = register_all();

} // namespace
