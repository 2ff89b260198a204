/* One progress line updated in place (\r) on stderr with percent and ETA; silent when
 * stderr is not a terminal. */
#ifndef FASTSIG_TEST_PROGRESS_H
#define FASTSIG_TEST_PROGRESS_H

struct fs_progress {
    int on;
    double t0;
    const char *label;
};

double fs_now(void); /* monotonic seconds */
void fs_progress_begin(struct fs_progress *p, const char *label, int wanted);
void fs_progress_show(struct fs_progress *p, double fraction);
void fs_progress_end(struct fs_progress *p);

#endif
