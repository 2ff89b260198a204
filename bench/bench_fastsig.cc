// libfastsig's functions (every row of the registry), measured through the public API with each ISA forced by
// fastsig_set_isa (names "<function>/<isa>/<n>") and with the dispatcher's own choice
// ("<function>/auto/<n>"); an ISA this host cannot run is skipped with an error line. At
// n = 16 the API ("<function>/api/16") and the kernel the dispatcher selected, called
// straight from its internal table ("<function>/direct/16"), are timed back to back: what
// the API's checks and dispatch cost per call.
// "<function>/<isa>_subnormals/16384" runs the fast tier and the functions of y on inputs with
// a subnormal result (or operand) in every vector, on each ISA and through the dispatcher
// ("auto_subnormals"), and the accurate σ through the dispatcher.
// "<function>/auto_hard/16384" runs each correctly rounded function on the list of hardest
// inputs (tests/lib/hard.h) repeated: its worst case, every element through the slow path.
#include <string>
#include <vector>

#include "buffers.h"
#include "fastsig.h"

extern "C" {
#include "dispatch.h" // fastsig_kernels_of: internal, from the core library
}
#include "funcs.h"
#include "hard.h"
#include "reference.h"
#include "bits.h"

namespace
{

using Kernels = struct fastsig_kernels;

// One row per function of the registry (tests/lib/funcs.h).
struct Func {
    enum fs_fn fn;
    const char *name;
    int bytes_per_item;    // inputs read + outputs written, per element
    bool computes_sigmoid; // its first output is σ(x): checked once before timing
};

std::vector<Func> all_funcs()
{
    std::vector<Func> v;
    for (int i = 0; i < FS_FN_COUNT; i++) {
        enum fs_fn fn = static_cast<enum fs_fn>(i);
        int arrays = fs_fn_kind(fn) == FS_KIND_BACKWARD || fs_fn_kind(fn) == FS_KIND_DUAL ? 3 : 2;
        v.push_back({fn, fs_fn_name(fn), 4 * arrays, fs_fn_is_sigmoid(fn, 1) != 0});
    }
    return v;
}

// The arrays a function reads: x, or y (deriv_from_output), or dy and y (backward).
const float *input_a(const Func *f, const Buffers &b)
{
    enum fs_kind kind = fs_fn_kind(f->fn);
    return kind == FS_KIND_BACKWARD ? b.dy : kind == FS_KIND_OUTPUT ? b.y : b.x;
}

int call_api(const Func *f, const Buffers &b, size_t n)
{
    return fs_call(f->fn, input_a(f, b), b.y, b.out1, b.out2, n);
}

enum class Inputs { usual, subnormals, hard };

// The hardest inputs repeated over 16K floats (x), and their σ rounded to f32 (y, for the
// check of the results before timing).
const std::vector<float> &hard_inputs(bool sigmoids)
{
    static const std::vector<float> x = [] {
        std::vector<float> h(16 << 10);
        for (size_t i = 0; i < h.size(); i++)
            h[i] = fs_from_bits(fs_hard_inputs[i % fs_nhard].bits);
        return h;
    }();
    static const std::vector<float> y = [] {
        std::vector<float> h(x.size());
        for (size_t i = 0; i < h.size(); i++)
            h[i] = fs_ref_sigmoid_rn(x[i]);
        return h;
    }();
    return sigmoids ? y : x;
}

// Through the public API, on the ISA `isa` (FASTSIG_ISA_AUTO: the dispatcher's choice); on
// the inputs x_sub instead of x (subnormals), or on the hardest inputs (hard, n <= 16K).
void run_api(benchmark::State &state, const Func *f, fastsig_isa isa, Inputs inputs)
{
    size_t n = static_cast<size_t>(state.range(0));
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        std::string why = std::string("skipped: this host cannot run ") + fastsig_isa_name(isa);
        state.SkipWithError(why.c_str());
        return;
    }
    Buffers b = bench_buffers();
    if (inputs == Inputs::subnormals) {
        b.x = b.x_sub;
        b.y = b.y_sub;
    }
    if (inputs == Inputs::hard) {
        b.x = const_cast<float *>(hard_inputs(false).data());
        b.y = const_cast<float *>(hard_inputs(true).data());
    }
    poison(b.out1, n);
    int status = call_api(f, b, n);
    if (status != FASTSIG_OK) {
        state.SkipWithError(fastsig_strerror(status));
        return;
    }
    bool garbage = false;
    std::string wrong = f->computes_sigmoid ? sigmoid_check(b, b.out1, n, &garbage) : "";
    if (garbage) {
        state.SkipWithError(wrong.c_str());
        return;
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(call_api(f, b, n));
        benchmark::ClobberMemory();
    }
    state.SetLabel(fastsig_isa_name(fastsig_get_isa()) + (wrong.empty() ? "" : "; " + wrong));
    set_counters(state, n, f->bytes_per_item);
}

// The dispatcher's kernel, called directly from the internal table: no checks, no dispatch.
void run_direct(benchmark::State &state, const Func *f)
{
    size_t n = static_cast<size_t>(state.range(0));
    fastsig_set_isa(FASTSIG_ISA_AUTO);
    fastsig_isa isa = fastsig_get_isa();
    const Kernels *k = fastsig_kernels_of(isa);
    const Buffers &b = bench_buffers();
    for (auto _ : state) {
        fs_call_kernel(k, f->fn, input_a(f, b), b.y, b.out1, b.out2, n);
        benchmark::ClobberMemory();
    }
    state.SetLabel(fastsig_isa_name(isa));
    set_counters(state, n, f->bytes_per_item);
}

#define BENCH_ISA(NAME, name, needs, arg) FASTSIG_ISA_##NAME,
const fastsig_isa isas[] = {FASTSIG_ISA_AUTO, FS_BUILT_ISAS(BENCH_ISA, _)};

int register_all()
{
    static const std::vector<Func> funcs = all_funcs();
    for (const Func &f : funcs) {
        for (fastsig_isa isa : isas) {
            std::string name = std::string(f.name) + "/" +
                               (isa == FASTSIG_ISA_AUTO ? "auto" : fastsig_isa_name(isa));
            auto *b = benchmark::RegisterBenchmark(name.c_str(), run_api, &f, isa, Inputs::usual);
            for (int64_t n : bench_sizes())
                b->Arg(n);
        }
    }
    // Per-call overhead at n = 16: the public API, then the kernel it dispatches to called
    // directly, back to back, 5 times each; the median of the 5 is reported.
    for (const Func &f : funcs) {
        benchmark::RegisterBenchmark((std::string(f.name) + "/api").c_str(), run_api, &f,
                                     FASTSIG_ISA_AUTO, Inputs::usual)
            ->Arg(16)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark((std::string(f.name) + "/direct").c_str(), run_direct, &f)
            ->Arg(16)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
    }
    // The cost of subnormals: every function of the fast tier and every function of y on
    // inputs with a subnormal result (and, for y, a subnormal operand) in every vector, on
    // each ISA ("<function>/<isa>_subnormals/16384"); the accurate σ through the dispatcher.
    for (const Func &f : funcs) {
        enum fs_kind kind = fs_fn_kind(f.fn);
        bool of_y = kind == FS_KIND_OUTPUT || kind == FS_KIND_BACKWARD;
        if (!fs_fn_fast(f.fn) && !of_y && !(f.computes_sigmoid && f.bytes_per_item == 8))
            continue;
        for (fastsig_isa isa : isas) {
            if (!fs_fn_fast(f.fn) && !of_y && isa != FASTSIG_ISA_AUTO)
                continue;
            std::string name = std::string(f.name) + "/" +
                               (isa == FASTSIG_ISA_AUTO ? "auto" : fastsig_isa_name(isa)) +
                               "_subnormals";
            benchmark::RegisterBenchmark(name.c_str(), run_api, &f, isa, Inputs::subnormals)
                ->Arg(16 << 10);
        }
    }
    // The worst case of the correctly rounded functions: only the hardest inputs.
    for (const Func &f : funcs)
        if (fs_fn_rounded(f.fn, 1))
            benchmark::RegisterBenchmark((std::string(f.name) + "/auto_hard").c_str(), run_api, &f,
                                         FASTSIG_ISA_AUTO, Inputs::hard)
                ->Arg(16 << 10);
    return 0;
}

[[maybe_unused]] const int registered = register_all();

} // namespace
