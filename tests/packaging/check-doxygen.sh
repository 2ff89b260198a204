#!/bin/sh
# check-doxygen.sh DOXYGEN DOXYFILE: the API reference builds with no Doxygen warning (every
# public function, type, constant and macro documented), written to a temporary directory.
set -eu
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{ cat "$2"; echo "OUTPUT_DIRECTORY = $tmp"; echo "WARN_AS_ERROR = FAIL_ON_WARNINGS"; } | "$1" -
echo "ok: doxygen reports no warning"
