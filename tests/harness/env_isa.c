/* FASTSIG_ISA handling, in a fresh process per meson test (the choice is made once).
 * Usage: env_isa EXPECTED_ISA [warn]  — with "warn", stderr must carry one line naming
 * libfastsig and the valid choices; without it, stderr must stay silent. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fastsig.h"

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    int want_warning = argc > 2 && strcmp(argv[2], "warn") == 0;
    FILE *log = tmpfile();
    if (!log)
        return 2;
    fflush(stderr);
    int saved = dup(2);
    dup2(fileno(log), 2);
    fastsig_isa isa = fastsig_get_isa(); /* first use: reads FASTSIG_ISA */
    fflush(stderr);
    dup2(saved, 2);
    char msg[512] = "";
    rewind(log);
    size_t len = fread(msg, 1, sizeof msg - 1, log);
    msg[len] = 0;
    const char *want = strcmp(argv[1], "best") == 0 ? NULL : argv[1];
    int ok = 1;
    if (want && strcmp(fastsig_isa_name(isa), want) != 0) {
        printf("FASTSIG_ISA gave %s, want %s\n", fastsig_isa_name(isa), want);
        ok = 0;
    }
    int warned = strstr(msg, "libfastsig") && strstr(msg, "valid") && strstr(msg, "scalar");
    if (want_warning != !!warned || (want_warning && strchr(msg, '\n') != msg + len - 1)) {
        printf("stderr was \"%s\"; want %s\n", msg, want_warning ? "one warning line" : "nothing");
        ok = 0;
    }
    /* a capped process cannot be moved above the cap */
    if (want && strcmp(want, "sse2") == 0 && fastsig_set_isa(FASTSIG_ISA_AVX2) == FASTSIG_OK) {
        printf("set_isa(avx2) succeeded under FASTSIG_ISA=sse2\n");
        ok = 0;
    }
    printf("%s: FASTSIG_ISA -> %s%s\n", ok ? "ok" : "FAIL", fastsig_isa_name(isa),
           warned ? " (warned)" : "");
    return ok ? 0 : 1;
}
