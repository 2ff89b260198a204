#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static const char usage[] =
    "usage: fastsig-check [--quick] [--stride N] [--isa LIST] [--func LIST] [--threads N]\n"
    "                     [--json FILE] [--bound-scale F] [--half]\n"
    "Audits every f32 function of libfastsig on every ISA this host runs against a double\n"
    "reference over all 2^32 inputs (backward: all y, dy a hash of y). Exit 0 when every\n"
    "documented bound holds, 1 when one fails (each failure named), 2 on bad input.\n"
    "A correctly rounded output (bound 0.5: sigmoid, deriv, with_deriv) must equal the f32\n"
    "nearest to the exact value bit for bit; near a rounding midpoint a double-double\n"
    "evaluation decides. Its >0.5 ULP column counts the results that are not.\n"
    "  --quick       short run: every 4099th input (unless --stride is given)\n"
    "  --stride N    every Nth input: offsets 0, N, 2N, ... below 2^31, each with both signs\n"
    "  --isa LIST    comma-separated: scalar,sse2,avx2,avx512,neon, or best: the one the\n"
    "                dispatcher picks (default: all supported)\n"
    "  --func LIST   comma-separated functions (sigmoid, deriv, deriv_from_output, backward,\n"
    "                with_deriv, sigmoid_fast, deriv_fast, with_deriv_fast) or outputs\n"
    "                (with_deriv.y, with_deriv.dydx, ...); default: all\n"
    "  --threads N   worker threads (default: online CPUs)\n"
    "  --json FILE   also write the results as a JSON list of records\n"
    "  --bound-scale F  multiply every bound by F > 0 (e.g. 0.5 to see how failures show)\n"
    "  --half        audit the 16-bit (f16, bf16) functions instead: every input must give the\n"
    "                correctly rounded result; backward: all 2^32 (dy, y) pairs (--stride N:\n"
    "                all dy for every Nth y; --quick: N = 4099)\n";

static int fail(const char *fmt, const char *arg)
{
    fprintf(stderr, "fastsig-check: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'fastsig-check --help'.\n");
    return 2;
}

static int parse_count(const char *s, uint64_t max, uint64_t *out)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')
        return 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v < 1 || v > max)
        return 0;
    *out = v;
    return 1;
}

static int parse_isas(const char *list, unsigned *isas)
{
    unsigned host = fastsig_supported_isas();
    char buf[256];
    snprintf(buf, sizeof buf, "%s", list);
    *isas = 0;
    for (char *save, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        int found = strcmp(tok, "best") == 0 ? (int)fastsig_get_isa() : -1;
        for (int i = 0; i < FS_ISA_COUNT; i++)
            if (strcmp(tok, fastsig_isa_name((fastsig_isa)i)) == 0)
                found = i;
        if (found < 0)
            return fail("unknown ISA '%s' (valid: scalar, sse2, avx2, avx512, neon, best)", tok);
        if (!(host >> found & 1))
            return fail("ISA '%s' is not supported by this host", tok);
        *isas |= 1u << found;
    }
    return *isas ? 0 : fail("--isa needs at least one ISA%s", "");
}

static int parse_funcs(const char *list, unsigned *outs)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", list);
    *outs = 0;
    for (char *save, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        unsigned got = 0;
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            if (strcmp(tok, fsc_outs[o].name) == 0 || strcmp(tok, fs_fn_name(fsc_outs[o].fn)) == 0)
                got |= 1u << o;
        if (!got)
            return fail("unknown function '%s' (see --help)", tok);
        *outs |= got;
    }
    return *outs ? 0 : fail("--func needs at least one function%s", "");
}

/* "--name VALUE" or "--name=VALUE": the value, or NULL if arg is not that option. */
static const char *value_of(const char *name, int argc, char **argv, int *i, int *missing)
{
    size_t len = strlen(name);
    if (strncmp(argv[*i], name, len) != 0)
        return NULL;
    if (argv[*i][len] == '=')
        return argv[*i] + len + 1;
    if (argv[*i][len] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

int fsc_parse_options(int argc, char **argv, struct fsc_options *o)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    memset(o, 0, sizeof *o);
    o->isas = fastsig_supported_isas();
    o->outs = (1u << FSC_OUT_COUNT) - 1;
    o->threads = cpus > 0 ? (int)cpus : 1;
    int stride_given = 0;
    for (int i = 1; i < argc; i++) {
        const char *v;
        int missing = 0, rc = 0;
        uint64_t n;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            return 1;
        } else if (strcmp(argv[i], "--quick") == 0) {
            o->quick = 1;
        } else if (strcmp(argv[i], "--half") == 0) {
            o->half = 1;
        } else if ((v = value_of("--stride", argc, argv, &i, &missing))) {
            if (!parse_count(v, 0x80000000u, &o->stride))
                return fail("--stride wants a whole number from 1 to 2147483648, not '%s'", v);
            stride_given = 1;
        } else if ((v = value_of("--threads", argc, argv, &i, &missing))) {
            if (!parse_count(v, 1024, &n))
                return fail("--threads wants a whole number from 1 to 1024, not '%s'", v);
            o->threads = (int)n;
        } else if ((v = value_of("--isa", argc, argv, &i, &missing))) {
            rc = parse_isas(v, &o->isas);
        } else if ((v = value_of("--func", argc, argv, &i, &missing))) {
            rc = parse_funcs(v, &o->outs);
        } else if ((v = value_of("--bound-scale", argc, argv, &i, &missing))) {
            char *end;
            double f = strtod(v, &end);
            if (end == v || *end || !(f > 0.0 && f < 1e6))
                return fail("--bound-scale wants a number > 0, not '%s'", v);
            fsc_bound_scale = f;
        } else if ((v = value_of("--json", argc, argv, &i, &missing))) {
            if (!*v)
                return fail("--json wants a file name%s", "");
            o->json = v;
        } else if (missing) {
            return fail("option '%s' needs a value", argv[i]);
        } else {
            return fail("unknown option '%s'", argv[i]);
        }
        if (rc)
            return rc;
    }
    if (!stride_given)
        o->stride = o->quick ? 4099 : 1;
    return 0;
}
