/* Setting the floating-point environments the reliability tests run the kernels in, through
 * <fenv.h> only: with glibc, FTZ and DAZ are bits of the MXCSR image in fenv_t on x86, and
 * FPCR.FZ (both at once) on AArch64. */
#ifndef FASTSIG_FPENV_SET_H
#define FASTSIG_FPENV_SET_H

enum fs_fpenv {
    FS_ENV_DEFAULT,    /* round to nearest, all exceptions masked, no flushing */
    FS_ENV_FTZ_DAZ,    /* flush-to-zero and denormals-are-zero (x86 MXCSR, AArch64 FPCR.FZ) */
    FS_ENV_UPWARD,     /* fesetround(FE_UPWARD) */
    FS_ENV_DOWNWARD,   /* fesetround(FE_DOWNWARD) */
    FS_ENV_TOWARDZERO, /* fesetround(FE_TOWARDZERO) */
    FS_ENV_TRAPS,      /* feenableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW) */
    FS_ENV_COUNT
};

const char *fs_fpenv_name(enum fs_fpenv env);

/* Switches the calling thread to `env`; 0 if this platform cannot (the test then skips it). */
int fs_fpenv_set(enum fs_fpenv env);

#endif
