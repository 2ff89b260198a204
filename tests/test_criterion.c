/* Criterion wrappers: one Criterion test per case and ISA; the cases live in plain C. */
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

#define ACC_TEST(fn, name, isa)                                                               \
    Test(accuracy, fn##_##name, .timeout = 600) { report(fs_case_accuracy(isa, FS_FN_##fn)); }
#define ACC_ALL_ISAS(fn) FS_ISAS(ACC_TEST, fn)
FS_FUNCS(ACC_ALL_ISAS)

#define CONTRACT_TEST(unused, name, isa)                                                      \
    Test(contract, lengths_##name) { report(fs_case_lengths(isa)); }                          \
    Test(contract, errors_##name) { report(fs_case_errors(isa)); }
FS_ISAS(CONTRACT_TEST, _)

Test(dispatch, select) { report(fs_case_select()); }
Test(dispatch, api) { report(fs_case_api()); }
