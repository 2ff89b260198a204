/* One progress line updated in place (\r) on stderr with percent and ETA; silent when
 * stderr is not a terminal. */
#ifndef FSC_PROGRESS_H
#define FSC_PROGRESS_H

struct fsc_progress {
    int on;
    double t0;
    const char *label;
};

double fsc_now(void); /* monotonic seconds */
void fsc_progress_begin(struct fsc_progress *p, const char *label, int wanted);
void fsc_progress_show(struct fsc_progress *p, double fraction);
void fsc_progress_end(struct fsc_progress *p);

#endif
