// oneDNN peer: an eltwise_logistic primitive (forward inference) over a 1-D f32 tensor of n
// elements, created once for the arrays, then executed on one thread.
//
// Debian's libdnnl (2.x) runs on OpenMP (libgomp, loaded with libdnnl). One thread is set
// through that runtime's omp_set_num_threads, looked up with dlsym, so this file need not be
// built with -fopenmp (which under clang would mean another OpenMP runtime).
#include <dlfcn.h>

#include <oneapi/dnnl/dnnl.hpp>
#include <unordered_map>

#include "peers.h"

namespace
{

struct Op {
    dnnl::stream stream;
    dnnl::eltwise_forward primitive;
    std::unordered_map<int, dnnl::memory> args;
};

dnnl::engine &cpu_engine()
{
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

void use_one_thread()
{
    using setter = void (*)(int);
    if (auto set = reinterpret_cast<setter>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")))
        set(1);
}

} // namespace

extern "C" void *peer_onednn_prepare(const float *x, float *y, size_t n)
{
    use_one_thread();
    try {
        using dnnl::memory;
        dnnl::engine &engine = cpu_engine();
        memory::desc md({static_cast<memory::dim>(n)}, memory::data_type::f32,
                        memory::format_tag::a);
        dnnl::eltwise_forward::desc desc(dnnl::prop_kind::forward_inference,
                                         dnnl::algorithm::eltwise_logistic, md);
        dnnl::eltwise_forward::primitive_desc pd(desc, engine);
        Op *op = new Op{dnnl::stream(engine), dnnl::eltwise_forward(pd), {}};
        op->args[DNNL_ARG_SRC] = memory(md, engine, const_cast<float *>(x));
        op->args[DNNL_ARG_DST] = memory(md, engine, y);
        return op;
    } catch (const dnnl::error &) {
        return nullptr;
    }
}

extern "C" void *peer_onednn_prepare_bf16(const uint16_t *x, uint16_t *y, size_t n)
{
    use_one_thread();
    try {
        using dnnl::memory;
        dnnl::engine &engine = cpu_engine();
        memory::desc md({static_cast<memory::dim>(n)}, memory::data_type::bf16,
                        memory::format_tag::a);
        dnnl::eltwise_forward::desc desc(dnnl::prop_kind::forward_inference,
                                         dnnl::algorithm::eltwise_logistic, md);
        dnnl::eltwise_forward::primitive_desc pd(desc, engine);
        Op *op = new Op{dnnl::stream(engine), dnnl::eltwise_forward(pd), {}};
        op->args[DNNL_ARG_SRC] = memory(md, engine, const_cast<uint16_t *>(x));
        op->args[DNNL_ARG_DST] = memory(md, engine, y);
        return op;
    } catch (const dnnl::error &) {
        return nullptr;
    }
}

extern "C" int peer_onednn_run(void *p)
{
    Op *op = static_cast<Op *>(p);
    try {
        op->primitive.execute(op->stream, op->args);
        op->stream.wait();
        return 0;
    } catch (const dnnl::error &) {
        return -1;
    }
}

extern "C" void peer_onednn_release(void *p) { delete static_cast<Op *>(p); }

extern "C" int peer_onednn_threads(void)
{
    using getter = int (*)(void);
    auto get = reinterpret_cast<getter>(dlsym(RTLD_DEFAULT, "omp_get_max_threads"));
    return get ? get() : 1;
}
