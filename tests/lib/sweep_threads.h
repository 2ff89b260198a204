/* A threaded sweep: `units` work units numbered 0, 1, ... run on up to `threads` threads,
 * each unit taken by the next free worker. Each worker has its own state, made by init in the
 * calling thread before any thread starts (one worker after the other, so set-up that is not
 * thread-safe is safe there) and handed to finish, serially, after every thread has joined:
 * finish merges the worker's results into the caller's and frees its state. While the
 * threads run, the calling thread shows the fraction of units done on a progress line. */
#ifndef FASTSIG_TEST_SWEEP_THREADS_H
#define FASTSIG_TEST_SWEEP_THREADS_H

#include <stdint.h>

struct fs_sweep {
    uint64_t units;
    int threads; /* at most this many workers (at least 1, at most units) */
    void *ctx;   /* the caller's, passed to every callback */
    /* The state of worker i, or NULL when it cannot be had (no further worker is made). */
    void *(*init)(void *ctx, int i);
    void (*unit)(void *ctx, void *worker, uint64_t u);
    void (*finish)(void *ctx, void *worker);
    const char *label; /* of the progress line */
    int progress;      /* show it (only when stderr is a terminal) */
};

/* Runs every unit; returns the number of workers that ran them, or −1 when not even one
 * worker could be made or started (no unit run; every state made was finished). */
int fs_sweep_run(const struct fs_sweep *s);

#endif
