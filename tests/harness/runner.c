/* Plain runner of the same cases, printing TAP, for where Criterion cannot run (cross
 * builds under qemu-user): every case for every ISA built into the library.
 * Usage: fastsig-test-runner [--stride N] [--half-stride N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"

static int failed, number;

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

#define COUNT_ISA(NAME, name, needs, arg) +FS_FN_COUNT + FS_HFN_COUNT + 3
#define RUN_ISA(NAME, name, needs, arg)                                                            \
    for (int fn = 0; fn < FS_FN_COUNT; fn++) {                                                     \
        char label[96];                                                                            \
        snprintf(label, sizeof label, "accuracy %s " #name, fs_fn_name((enum fs_fn)fn));           \
        result(fs_case_accuracy(FASTSIG_ISA_##NAME, (enum fs_fn)fn), label);                       \
    }                                                                                              \
    result(fs_case_lengths(FASTSIG_ISA_##NAME), "contract lengths " #name);                        \
    result(fs_case_errors(FASTSIG_ISA_##NAME), "contract errors " #name);                          \
    for (int fn = 0; fn < FS_HFN_COUNT; fn++) {                                                    \
        char label[96];                                                                            \
        snprintf(label, sizeof label, "half %s " #name, fs_hfn_name((enum fs_hfn)fn));             \
        result(fs_case_half(FASTSIG_ISA_##NAME, (enum fs_hfn)fn), label);                          \
    }                                                                                              \
    result(fs_case_half_contract(FASTSIG_ISA_##NAME), "contract half " #name);

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--stride") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0) {
            fs_sweep_stride = (unsigned)atoi(argv[++i]);
        } else if (strcmp(argv[i], "--half-stride") == 0 && i + 1 < argc && atoi(argv[i + 1]) > 0) {
            fs_half_backward_stride = (unsigned)atoi(argv[++i]);
        } else {
            fprintf(stderr, "usage: %s [--stride N] [--half-stride N]\n", argv[0]);
            return 2;
        }
    }
    printf("1..%d\n# sweep stride %u\n", 3 FS_BUILT_ISAS(COUNT_ISA, _), fs_sweep_stride);
    /* first, while the dispatcher still has its own choice (fs_case_api checks it) */
    result(fs_case_select(), "dispatch select");
    result(fs_case_api(), "dispatch api");
    FS_BUILT_ISAS(RUN_ISA, _)
    result(fs_case_identical(), "identical across ISAs");
    printf("# %d passed, %d failed\n", number - failed, failed);
    return failed ? 1 : 0;
}
