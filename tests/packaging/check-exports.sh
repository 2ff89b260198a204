#!/bin/sh
# check-exports.sh HEADER LIST SHARED_LIB [STATIC_LIB]: the functions declared with
# FASTSIG_API in HEADER, the names in LIST and the symbols SHARED_LIB exports must be the same
# three sets; every global symbol STATIC_LIB defines must carry the fastsig_ prefix, and it
# defines every name in LIST. SHARED_LIB "-" (a static-only build): HEADER and LIST only.
set -eu
here=$(dirname "$0")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$here/api-names.sh" "$1" > "$tmp/header"
grep -v '^#' "$2" | grep . | LC_ALL=C sort > "$tmp/list"
status=0
compare() {  # compare A B: lines only in one of the two files
    if ! diff -u "$tmp/$1" "$tmp/$2" > "$tmp/diff"; then
        echo "FAIL: $1 and $2 differ ('-' only in $1, '+' only in $2):"
        grep '^[-+][^-+]' "$tmp/diff"
        status=1
    fi
}
compare header list
if [ "$3" != - ]; then
    nm -D --defined-only "$3" | awk '{print $NF}' | LC_ALL=C sort > "$tmp/exported"
    compare list exported
    echo "$(grep -c . "$tmp/exported") symbols exported by $(basename "$3"): $(tr '\n' ' ' < "$tmp/exported")"
fi
if [ $# -ge 4 ]; then
    nm -g --defined-only "$4" | awk 'NF == 3 {print $3}' | LC_ALL=C sort -u > "$tmp/static"
    if grep -v '^fastsig_' "$tmp/static"; then
        echo "FAIL: global symbols without the fastsig_ prefix in $(basename "$4") (above)"
        status=1
    fi
    if LC_ALL=C comm -23 "$tmp/list" "$tmp/static" | grep .; then
        echo "FAIL: API symbols missing from $(basename "$4") (above)"
        status=1
    fi
fi
exit $status
