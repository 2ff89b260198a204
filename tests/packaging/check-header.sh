#!/bin/sh
# check-header.sh INCLUDE_DIR CC...: include/fastsig.h compiles on its own, as the first and
# only include, as C99 and C11 with -Wall -Wextra -pedantic and warnings as errors.
set -eu
incdir=$1; shift
for std in c99 c11; do
    printf '#include <fastsig.h>\nint main(void) { return fastsig_sigmoid_f32(0, 0, 0); }\n' |
        "$@" -std=$std -Wall -Wextra -pedantic -Wstrict-prototypes -Wundef -Werror \
            -I"$incdir" -fsyntax-only -x c - || { echo "FAIL: fastsig.h as $std"; exit 1; }
    echo "ok: fastsig.h compiles standalone as $std -Wall -Wextra -pedantic -Werror"
done
