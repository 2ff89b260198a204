/* The threaded sweep of sweep_threads.h: an atomic counter hands out the units, another counts those
 * done for the progress line that the calling thread updates while it waits. */
#include "sweep_threads.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "progress.h"

struct shared {
    const struct fs_sweep *s;
    _Atomic uint64_t next, done;
};

struct worker {
    struct shared *sh;
    void *state;
    pthread_t thread;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    struct shared *sh = w->sh;
    for (;;) {
        uint64_t u = atomic_fetch_add(&sh->next, 1);
        if (u >= sh->s->units)
            break;
        sh->s->unit(sh->s->ctx, w->state, u);
        atomic_fetch_add(&sh->done, 1);
    }
    return NULL;
}

int fs_sweep_run(const struct fs_sweep *s)
{
    int n = s->threads < 1 ? 1 : s->threads;
    if ((uint64_t)n > s->units && s->units > 0)
        n = (int)s->units;
    struct worker *w = calloc((size_t)n, sizeof *w);
    if (!w)
        return -1;
    struct shared sh = {.s = s};
    atomic_init(&sh.next, 0);
    atomic_init(&sh.done, 0);
    int made = 0, started = 0;
    while (made < n && (w[made].state = s->init(s->ctx, made)) != NULL)
        w[made++].sh = &sh;
    while (started < made && pthread_create(&w[started].thread, NULL, work, &w[started]) == 0)
        started++;

    if (started > 0) {
        struct fs_progress p;
        fs_progress_begin(&p, s->label, s->progress);
        const struct timespec tick = {0, 50 * 1000 * 1000};
        uint64_t done;
        while ((done = atomic_load(&sh.done)) < s->units) {
            fs_progress_show(&p, (double)done / (double)s->units);
            nanosleep(&tick, NULL);
        }
        for (int i = 0; i < started; i++)
            pthread_join(w[i].thread, NULL);
        fs_progress_end(&p);
    }
    for (int i = 0; i < made; i++)
        s->finish(s->ctx, w[i].state);
    free(w);
    return started > 0 ? started : -1;
}
