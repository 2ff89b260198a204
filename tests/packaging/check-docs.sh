#!/bin/sh
# check-docs.sh HEADER API_MD: docs/API.md has one "### `name`" section per function the header
# declares, and none for a function it does not declare.
set -eu
here=$(dirname "$0")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$here/api-names.sh" "$1" > "$tmp/header"
sed -n 's/^### `\(fastsig_[A-Za-z0-9_]*\)(.*/\1/p' "$2" | LC_ALL=C sort > "$tmp/docs"
if ! diff -u "$tmp/header" "$tmp/docs" > "$tmp/diff"; then
    echo "FAIL: ('-' declared but not documented, '+' documented but not declared)"
    grep '^[-+][^-+]' "$tmp/diff"
    exit 1
fi
echo "ok: $(grep -c . "$tmp/docs") functions, each with its section in $(basename "$2")"
