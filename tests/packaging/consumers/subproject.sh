#!/bin/sh
# subproject.sh: builds meson-parent/ with this source tree as subprojects/fastsig (a symlink,
# nothing installed), with warnings as errors; checks that the subproject builds no
# executable (tests, benchmarks, tools) and runs the parent's test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/parent/subprojects"
cp "$here/meson-parent/meson.build" "$here/consumer.c" "$tmp/parent/"
ln -s "$src" "$tmp/parent/subprojects/fastsig"
meson=${MESON:-meson}
$meson setup "$tmp/build" "$tmp/parent" --werror --force-fallback-for=fastsig > "$tmp/setup.log" ||
    { cat "$tmp/setup.log"; exit 1; }
grep -i 'subproject fastsig' "$tmp/setup.log" || true
$meson introspect --targets "$tmp/build" > "$tmp/targets.json"
python3 - "$tmp/targets.json" <<'PY'
import json, sys
targets = json.load(open(sys.argv[1]))
sub = [t for t in targets if t.get('subproject') == 'fastsig']
print('subproject targets:', ', '.join(sorted(t['name'] + ' (' + t['type'] + ')' for t in sub)))
extra = [t['name'] for t in sub if t['type'] not in ('static library', 'shared library')]
if not sub or extra:
    sys.exit('FAIL: expected only libraries from the subproject, got also: %s' % extra)
PY
$meson compile -C "$tmp/build" > "$tmp/compile.log" 2>&1 || { cat "$tmp/compile.log"; exit 1; }
if readelf -d "$tmp/build/consumer" | grep libfastsig; then
    echo "FAIL: default_library=static but the consumer links libfastsig.so"; exit 1
fi
$meson test -C "$tmp/build" --print-errorlogs -v consumer
