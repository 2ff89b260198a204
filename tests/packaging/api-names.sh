#!/bin/sh
# api-names.sh HEADER: prints the names of the functions HEADER declares with FASTSIG_API,
# sorted; fails if a FASTSIG_API declaration is not of the form "FASTSIG_API type name(".
set -eu
decls=$(grep -c '^FASTSIG_API ' "$1")
names=$(sed -n 's/^FASTSIG_API [^(]*[^A-Za-z0-9_]\([A-Za-z_][A-Za-z0-9_]*\)(.*/\1/p' "$1" | LC_ALL=C sort)
if [ "$(printf '%s\n' "$names" | grep -c .)" -ne "$decls" ]; then
    echo "api-names.sh: $decls FASTSIG_API lines in $1 but could not read a name from all" >&2
    exit 1
fi
printf '%s\n' "$names"
