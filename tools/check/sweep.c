/* The audit's sweep (see sweep.h) on the threads of tests/lib/sweep_threads.c: references once
 * per unit, then every ISA against them, each worker with its own tallies. */
#include "sweep.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dispatch.h"
#include "progress.h"
#include "sweep_threads.h"
#include "tally.h"
#include "unit.h"

struct worker {
    struct fsc_unit *unit;
    struct fsc_tally tally[FS_ISA_COUNT][FSC_OUT_COUNT];
    uint64_t mismatches;
};

struct shared {
    struct fsc_sweep *s;
    uint64_t offsets; /* number of sampled offsets */
    unsigned fns;     /* bit per fsc_fn needed */
    unsigned refs;    /* bit per fsc_ref needed */
};

static void audit_unit(void *ctx, void *worker, uint64_t u)
{
    const struct shared *sh = ctx;
    struct worker *w = worker;
    const struct fsc_sweep *s = sh->s;
    struct fsc_unit *b = w->unit;
    fsc_unit_fill(b, u, sh->offsets, s->stride, sh->refs, s->crosscheck, &w->mismatches);
    for (int isa = 0; isa < FS_ISA_COUNT; isa++) {
        if (!(s->isas >> isa & 1))
            continue;
        const struct fastsig_kernels *k = fastsig_kernels_of((fastsig_isa)isa);
        for (int fn = 0; fn < FS_FN_COUNT; fn++) {
            if (!(sh->fns >> fn & 1))
                continue;
            int backward = fn == FS_FN_backward;
            for (int h = 0; h < 2; h++)
                fs_call_kernel(k, (enum fs_fn)fn, backward ? b->dy[h] : b->in[h], b->in[h],
                               b->o1[h], b->o2[h], b->m);
            for (int o = 0; o < FSC_OUT_COUNT; o++) {
                const struct fsc_out_info *info = &fsc_outs[o];
                if (info->fn != (enum fs_fn)fn || !(s->outs >> o & 1))
                    continue;
                struct fsc_tally *t = &w->tally[isa][o];
                float *got[2] = {info->output == 1 ? b->o1[0] : b->o2[0],
                                 info->output == 1 ? b->o1[1] : b->o2[1]};
                for (int h = 0; h < 2; h++)
                    fsc_tally_output((enum fsc_out)o, h, b, got[h], t, &w->mismatches,
                                     s->crosscheck);
                if (info->shape == FSC_SHAPE_SIGMOID)
                    fsc_tally_symmetry(b, got[0], got[1], t);
            }
        }
    }
}

static void init_tallies(struct fsc_tally t[FS_ISA_COUNT][FSC_OUT_COUNT])
{
    memset(t, 0, sizeof(struct fsc_tally) * FS_ISA_COUNT * FSC_OUT_COUNT);
    for (int i = 0; i < FS_ISA_COUNT; i++)
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            t[i][o].worst = t[i][o].sym_worst = UINT32_MAX;
}

/* A worker with its own unit buffers and empty tallies, or NULL without memory. */
static void *new_worker(void *ctx, int i)
{
    (void)ctx;
    (void)i;
    struct worker *w = malloc(sizeof *w);
    struct fsc_unit *unit = malloc(sizeof *unit);
    if (!w || !unit) {
        free(w);
        free(unit);
        return NULL;
    }
    w->unit = unit;
    init_tallies(w->tally);
    w->mismatches = 0;
    return w;
}

/* Merges the worker's tallies into the sweep's and frees the worker. */
static void end_worker(void *ctx, void *worker)
{
    struct fsc_sweep *s = ((struct shared *)ctx)->s;
    struct worker *w = worker;
    for (int isa = 0; isa < FS_ISA_COUNT; isa++)
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            fsc_tally_merge(&s->tally[isa][o], &w->tally[isa][o]);
    s->ulp_mismatches += w->mismatches;
    free(w->unit);
    free(w);
}

int fsc_sweep_run(struct fsc_sweep *s)
{
    struct shared sh = {.s = s};
    sh.offsets = (FSC_SIGN + s->stride - 1) / s->stride;
    for (int o = 0; o < FSC_OUT_COUNT; o++) {
        if (s->outs >> o & 1) {
            sh.fns |= 1u << fsc_outs[o].fn;
            sh.refs |= 1u << fsc_outs[o].ref;
        }
    }
    init_tallies(s->tally);
    s->ulp_mismatches = 0;
    const struct fs_sweep run = {.units = (sh.offsets + FSC_UNIT - 1) / FSC_UNIT,
                                 .threads = s->threads,
                                 .ctx = &sh,
                                 .init = new_worker,
                                 .unit = audit_unit,
                                 .finish = end_worker,
                                 .label = "auditing",
                                 .progress = s->progress};
    double t0 = fs_now();
    if (fs_sweep_run(&run) < 0) {
        fprintf(stderr, "fastsig-check: out of memory or cannot start a worker thread\n");
        return -1;
    }
    s->seconds = fs_now() - t0;
    return 0;
}
