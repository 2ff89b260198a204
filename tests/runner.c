/* Plain runner of the same cases, printing TAP, for where Criterion cannot run (cross
 * builds under qemu-user). Usage: fastsig-test-runner [--stride N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"

static int total, failed, number;

static void result(int r, const char *name)
{
    number++;
    if (r == FS_SKIP)
        printf("ok %d - %s # SKIP ISA not supported by this host\n", number, name);
    else
        printf("%sok %d - %s\n", r == FS_PASS ? "" : "not ", number, name);
    failed += r == FS_FAIL;
    fflush(stdout);
}

#define COUNT_ACC(fn, name, isa) total++;
#define COUNT_FN(fn) FS_ISAS(COUNT_ACC, fn)
#define RUN_ACC(fn, name, isa) result(fs_case_accuracy(isa, FS_FN_##fn), "accuracy " #fn " " #name);
#define RUN_FN(fn) FS_ISAS(RUN_ACC, fn)
#define RUN_CONTRACT(unused, name, isa)                                                       \
    result(fs_case_lengths(isa), "contract lengths " #name);                                  \
    result(fs_case_errors(isa), "contract errors " #name);

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--stride") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0) {
            fs_sweep_stride = (unsigned)atoi(argv[++i]);
        } else {
            fprintf(stderr, "usage: %s [--stride N]\n", argv[0]);
            return 2;
        }
    }
    FS_FUNCS(COUNT_FN)
    total += 2 * 5 + 2;
    printf("1..%d\n# sweep stride %u\n", total, fs_sweep_stride);
    FS_FUNCS(RUN_FN)
    FS_ISAS(RUN_CONTRACT, _)
    result(fs_case_select(), "dispatch select");
    result(fs_case_api(), "dispatch api");
    printf("# %d passed, %d failed\n", number - failed, failed);
    return failed ? 1 : 0;
}
