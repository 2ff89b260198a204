/* Criterion wrappers: one Criterion test per case, function and ISA built into the library;
 * the cases live in plain C (cases/). */
#include <criterion/criterion.h>
#include <stdio.h>

#include "cases.h"

static void report(int r)
{
    fflush(stdout); /* Criterion ends the test process without flushing stdio */
    if (r == FS_SKIP)
        cr_skip_test("ISA not supported by this host");
    cr_assert_eq(r, FS_PASS, "see the # lines above for the failing values");
}

#define ACC_TEST(NAME, name, needs, fn)                                                            \
    Test(accuracy, fn##_##name, .timeout = 600)                                                    \
    {                                                                                              \
        report(fs_case_accuracy(FASTSIG_ISA_##NAME, FS_FN_##fn));                                  \
    }
#define ACC_ISAS(fn, ...) FS_BUILT_ISAS(ACC_TEST, fn)
FS_FUNCTIONS(ACC_ISAS)

#define HALF_TEST(NAME, name, needs, fn)                                                           \
    Test(half, fn##_##name, .timeout = 600)                                                        \
    {                                                                                              \
        report(fs_case_half(FASTSIG_ISA_##NAME, FS_HFN_##fn));                                     \
    }
#define HALF_ISAS(fn, ...) FS_BUILT_ISAS(HALF_TEST, fn)
FS_FUNCTIONS_HALF(HALF_ISAS)

#define CONTRACT_TEST(NAME, name, needs, unused)                                                   \
    Test(contract, lengths_##name) { report(fs_case_lengths(FASTSIG_ISA_##NAME)); }                \
    Test(contract, errors_##name) { report(fs_case_errors(FASTSIG_ISA_##NAME)); }                  \
    Test(contract, half_##name) { report(fs_case_half_contract(FASTSIG_ISA_##NAME)); }
FS_BUILT_ISAS(CONTRACT_TEST, _)

Test(identical, rounded, .timeout = 600) { report(fs_case_identical()); }
Test(dispatch, select) { report(fs_case_select()); }
Test(dispatch, api) { report(fs_case_api()); }
