/* fastsig-check: exhaustive accuracy audit of every f32 function on every ISA.
 * See --help and README.md ("Accuracy audit: fastsig-check"). */
#include <stdio.h>

#include "half.h"
#include "options.h"
#include "report.h"
#include "specials.h"
#include "timing.h"
#include "sweep.h"

static void print_isas(const char *label, unsigned isas)
{
    printf("%s", label);
    for (int i = 0; i < FS_ISA_COUNT; i++)
        if (isas >> i & 1)
            printf(" %s", fastsig_isa_name((fastsig_isa)i));
    printf("\n");
}

int main(int argc, char **argv)
{
    struct fsc_options opt;
    int rc = fsc_parse_options(argc, argv, &opt);
    if (rc)
        return rc == 1 ? 0 : rc;

    printf("fastsig-check, libfastsig %s\n", fastsig_version());
    print_isas("ISAs this host supports:", fastsig_supported_isas());
    printf("the dispatcher picks:    %s\n", fastsig_isa_name(fastsig_get_isa()));
    print_isas("auditing:               ", opt.isas);
    if (opt.half) {
        int failures = fsc_half(opt.isas, opt.stride, opt.threads);
        if (failures) {
            printf("fastsig-check: %d 16-bit function%s not correctly rounded\n", failures,
                   failures == 1 ? "" : "s");
            return 1;
        }
        printf("fastsig-check: every 16-bit result correctly rounded\n");
        return 0;
    }
    uint64_t offsets = (0x80000000u + opt.stride - 1) / opt.stride;
    if (opt.stride == 1)
        printf("inputs: all 2^32 bit patterns");
    else
        printf("inputs: every %llu-th bit pattern and its negation (%llu)",
               (unsigned long long)opt.stride, (unsigned long long)(2 * offsets));
    printf(", %d threads; backward: y = each input, dy = a hash of y's bits\n", opt.threads);
    fflush(stdout);

    struct fsc_sweep s = {.isas = opt.isas,
                          .outs = opt.outs,
                          .stride = opt.stride,
                          .threads = opt.threads,
                          .crosscheck = opt.quick,
                          .progress = 1};
    if (fsc_sweep_run(&s) != 0)
        return 3;
    fsc_print_table(&s);
    printf("sweep time: %.1f s\n", s.seconds);

    int failures = fsc_specials(opt.isas, opt.outs);
    fsc_boundaries(opt.isas, opt.outs);
    if (opt.quick)
        fsc_timing(opt.isas);
    printf("\n");
    failures += fsc_print_failures(&s);
    if (s.ulp_mismatches) {
        printf("FAIL: internal: fast ULP measure differs from fs_ulp_error %llu times\n",
               (unsigned long long)s.ulp_mismatches);
        failures++;
    }
    if (opt.json && fsc_write_json(&s, opt.json) != 0)
        return 3;
    if (failures) {
        printf("fastsig-check: %d bound%s FAILED\n", failures, failures == 1 ? "" : "s");
        return 1;
    }
    printf("fastsig-check: every documented bound holds\n");
    return 0;
}
