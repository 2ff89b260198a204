/* The choice of ISA, as pure functions of feature bits: which kernels may run, which is
 * best, and what the FASTSIG_ISA environment variable allows; all from the ISA registry
 * (isas.h), whose order is the order of preference. */
#include <string.h>

#include "cpu.h"

unsigned fastsig_isas_for_features(unsigned f)
{
    unsigned isas = 0;
#define FS_IF_RUNS(NAME, name, needs, arg)                                                         \
    if ((f & (needs)) == (needs))                                                                  \
        isas |= 1u << FASTSIG_ISA_##NAME;
    FS_BUILT_ISAS(FS_IF_RUNS, _)
#undef FS_IF_RUNS
    return isas;
}

#define FS_ENUM(NAME, name, needs, arg) FASTSIG_ISA_##NAME,
static const fastsig_isa preference[] = {FS_ISAS(FS_ENUM, _)};
#undef FS_ENUM
#define NPREF (sizeof preference / sizeof preference[0])

fastsig_isa fastsig_best_isa(unsigned isa_mask)
{
    for (size_t i = 0; i < NPREF; i++)
        if (isa_mask & (1u << preference[i]))
            return preference[i];
    return FASTSIG_ISA_SCALAR;
}

unsigned fastsig_cap_isas(unsigned isa_mask, fastsig_isa cap)
{
    /* Allowed: the cap itself and everything after it in the preference order. */
    unsigned allowed = 0;
    int seen = 0;
    for (size_t i = 0; i < NPREF; i++) {
        if (preference[i] == cap)
            seen = 1;
        if (seen)
            allowed |= 1u << preference[i];
    }
    return isa_mask & allowed;
}

fastsig_isa fastsig_parse_isa(const char *name)
{
    for (size_t i = 0; i < NPREF; i++)
        if (name && strcmp(name, fastsig_isa_name(preference[i])) == 0)
            return preference[i];
    return FASTSIG_ISA_AUTO;
}
