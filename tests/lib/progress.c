#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

double fs_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void fs_progress_begin(struct fs_progress *p, const char *label, int wanted)
{
    p->on = wanted && isatty(STDERR_FILENO);
    p->t0 = fs_now();
    p->label = label;
}

void fs_progress_show(struct fs_progress *p, double fraction)
{
    if (!p->on)
        return;
    double spent = fs_now() - p->t0;
    if (fraction > 0.001) {
        double eta = spent / fraction - spent;
        fprintf(stderr, "\r%s: %5.1f%%  %4.0f s spent, ETA %4.0f s ", p->label, 100.0 * fraction,
                spent, eta);
    } else {
        fprintf(stderr, "\r%s: %5.1f%%  %4.0f s spent, ETA ?    ", p->label, 100.0 * fraction,
                spent);
    }
    fflush(stderr);
}

void fs_progress_end(struct fs_progress *p)
{
    if (!p->on)
        return;
    fprintf(stderr, "\r%60s\r", "");
    fflush(stderr);
}
