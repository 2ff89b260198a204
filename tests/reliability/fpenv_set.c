#include "fpenv_set.h"

#include <fenv.h>

const char *fs_fpenv_name(enum fs_fpenv env)
{
    static const char *const names[] = {"default",       "FTZ+DAZ",
                                        "FE_UPWARD",     "FE_DOWNWARD",
                                        "FE_TOWARDZERO", "traps on invalid/divbyzero/overflow"};
    return env < FS_ENV_COUNT ? names[env] : "?";
}

int fs_fpenv_set(enum fs_fpenv env)
{
    if (fesetenv(FE_DFL_ENV) != 0)
        return 0;
    switch (env) {
    case FS_ENV_DEFAULT: return 1;
    case FS_ENV_FTZ_DAZ: {
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GLIBC__) && defined(__SSE__)
        fenv_t e;
        fegetenv(&e);
        e.__mxcsr |= 0x8040u; /* bit 15 FTZ, bit 6 DAZ */
        return fesetenv(&e) == 0;
#elif defined(__aarch64__) && defined(__GLIBC__)
        fenv_t e;
        fegetenv(&e);
        e.__fpcr |= 1u << 24; /* FPCR.FZ: subnormal inputs and results flushed to zero */
        return fesetenv(&e) == 0;
#else
        return 0;
#endif
    }
    case FS_ENV_UPWARD: return fesetround(FE_UPWARD) == 0;
    case FS_ENV_DOWNWARD: return fesetround(FE_DOWNWARD) == 0;
    case FS_ENV_TOWARDZERO: return fesetround(FE_TOWARDZERO) == 0;
    case FS_ENV_TRAPS:
#if defined(__GLIBC__)
        return feenableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW) != -1;
#else
        return 0;
#endif
    default: return 0;
    }
}
