/* The threaded sweep (see sweep.h): references once per unit, then every ISA against them. */
#include "sweep.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dispatch.h"
#include "progress.h"
#include "tally.h"
#include "unit.h"

struct worker {
    struct shared *sh;
    pthread_t thread;
    struct fsc_unit *unit;
    struct fsc_tally tally[FS_ISA_COUNT][FSC_OUT_COUNT];
    uint64_t mismatches;
};

struct shared {
    const struct fsc_sweep *s;
    uint64_t offsets; /* number of sampled offsets */
    uint64_t units;
    unsigned fns;  /* bit per fsc_fn needed */
    unsigned refs; /* bit per fsc_ref needed */
    _Atomic uint64_t next, done;
};

static void audit_unit(struct worker *w, uint64_t u)
{
    const struct shared *sh = w->sh;
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

static void *work(void *arg)
{
    struct worker *w = arg;
    struct shared *sh = w->sh;
    for (;;) {
        uint64_t u = atomic_fetch_add(&sh->next, 1);
        if (u >= sh->units)
            break;
        audit_unit(w, u);
        atomic_fetch_add(&sh->done, 1);
    }
    return NULL;
}

static void init_tallies(struct fsc_tally t[FS_ISA_COUNT][FSC_OUT_COUNT])
{
    memset(t, 0, sizeof(struct fsc_tally) * FS_ISA_COUNT * FSC_OUT_COUNT);
    for (int i = 0; i < FS_ISA_COUNT; i++)
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            t[i][o].worst = t[i][o].sym_worst = UINT32_MAX;
}

int fsc_sweep_run(struct fsc_sweep *s)
{
    struct shared sh = {.s = s};
    sh.offsets = (FSC_SIGN + s->stride - 1) / s->stride;
    sh.units = (sh.offsets + FSC_UNIT - 1) / FSC_UNIT;
    for (int o = 0; o < FSC_OUT_COUNT; o++) {
        if (s->outs >> o & 1) {
            sh.fns |= 1u << fsc_outs[o].fn;
            sh.refs |= 1u << fsc_outs[o].ref;
        }
    }
    atomic_init(&sh.next, 0);
    atomic_init(&sh.done, 0);
    init_tallies(s->tally);
    s->ulp_mismatches = 0;

    struct worker *w = calloc((size_t)s->threads, sizeof *w);
    if (!w) {
        fprintf(stderr, "fastsig-check: out of memory\n");
        return -1;
    }
    int started = 0, failed = 0;
    for (; started < s->threads; started++) {
        w[started].sh = &sh;
        w[started].unit = malloc(sizeof *w[started].unit);
        init_tallies(w[started].tally);
        if (!w[started].unit || pthread_create(&w[started].thread, NULL, work, &w[started]) != 0) {
            free(w[started].unit);
            failed = 1;
            break;
        }
    }
    if (failed && started == 0) {
        fprintf(stderr, "fastsig-check: cannot start a worker thread\n");
        free(w);
        return -1;
    }
    struct fs_progress p;
    fs_progress_begin(&p, "auditing", s->progress);
    double t0 = fs_now();
    const struct timespec tick = {0, 50 * 1000 * 1000};
    uint64_t done;
    while ((done = atomic_load(&sh.done)) < sh.units) {
        fs_progress_show(&p, (double)done / (double)sh.units);
        nanosleep(&tick, NULL);
    }
    for (int i = 0; i < started; i++) {
        pthread_join(w[i].thread, NULL);
        for (int isa = 0; isa < FS_ISA_COUNT; isa++)
            for (int o = 0; o < FSC_OUT_COUNT; o++)
                fsc_tally_merge(&s->tally[isa][o], &w[i].tally[isa][o]);
        s->ulp_mismatches += w[i].mismatches;
        free(w[i].unit);
    }
    s->seconds = fs_now() - t0;
    fs_progress_end(&p);
    free(w);
    return 0;
}
