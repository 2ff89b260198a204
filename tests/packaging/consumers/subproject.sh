#!/bin/sh
# subproject.sh: a meson parent project (meson-parent/) using this library as a subproject
# through a [wrap-file], as README shows it, pointing at a release tarball made here with
# `meson dist --no-tests`; built with warnings as errors. Checks that the wrap's tarball is
# what was unpacked, that the subproject builds no executable (tests, benchmarks, tools) and
# runs the parent's test.
#
# meson dist archives the committed HEAD of a git checkout (and refuses to run while there
# are uncommitted changes), so the tarball is made from a snapshot of this tree as it is:
# the files git tracks or would track (untracked ones included, ignored ones and build
# directories not), committed in a scratch repository. Outside a git checkout: skipped.
set -eu
: "${FASTSIG_VERSION:?}"
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
meson=${MESON:-meson}
command -v git > /dev/null ||
    { echo "skipped: git not found (meson dist makes the tarball from a git checkout)"; exit 77; }
if ! git -C "$src" ls-files --error-unmatch meson.build > /dev/null 2>&1; then
    echo "skipped: $src is not a git checkout (meson dist makes the tarball from one)"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git_() { git -c user.name=fastsig-test -c user.email=test@fastsig.invalid \
    -c commit.gpgsign=false -c init.defaultBranch=main "$@"; }

# The snapshot: deleted files that git still tracks are left out.
mkdir "$tmp/snapshot"
(cd "$src" && git ls-files --cached --others --exclude-standard |
    while IFS= read -r f; do if [ -f "$f" ]; then printf '%s\n' "$f"; fi; done |
    tar -cf - -T -) | tar -xf - -C "$tmp/snapshot"
git_ -C "$tmp/snapshot" init -q
git_ -C "$tmp/snapshot" add -A
git_ -C "$tmp/snapshot" commit -q -m "snapshot of $src"

# The release tarball, as a maintainer makes it (tests and benchmarks need not configure).
$meson setup "$tmp/dist-build" "$tmp/snapshot" -Dtests=disabled -Dbench=disabled \
    > "$tmp/dist.log" 2>&1 || { cat "$tmp/dist.log"; exit 1; }
$meson dist -C "$tmp/dist-build" --no-tests > "$tmp/dist.log" 2>&1 ||
    { cat "$tmp/dist.log"; exit 1; }
tarball=$tmp/dist-build/meson-dist/fastsig-$FASTSIG_VERSION.tar.xz
[ -f "$tarball" ] || { cat "$tmp/dist.log"; echo "FAIL: no $tarball"; exit 1; }
hash=$(sha256sum "$tarball" | cut -d' ' -f1)
files=$(python3 -c 'import sys, tarfile
print(sum(m.isfile() for m in tarfile.open(sys.argv[1]).getmembers()))' "$tarball")
echo "meson dist: $(basename "$tarball"), $(wc -c < "$tarball") bytes, $files files"

# The parent project, with README's wrap (source_url here a file: URL to the tarball).
mkdir -p "$tmp/parent/subprojects"
cp "$here/meson-parent/meson.build" "$here/consumer.c" "$tmp/parent/"
cat > "$tmp/parent/subprojects/fastsig.wrap" <<WRAP
[wrap-file]
directory = fastsig-$FASTSIG_VERSION
source_url = file://$tarball
source_filename = fastsig-$FASTSIG_VERSION.tar.xz
source_hash = $hash

[provide]
fastsig = fastsig_dep
WRAP
cat "$tmp/parent/subprojects/fastsig.wrap"
$meson setup "$tmp/build" "$tmp/parent" --werror --force-fallback-for=fastsig > "$tmp/setup.log" ||
    { cat "$tmp/setup.log"; exit 1; }
grep -i 'subproject fastsig' "$tmp/setup.log" || true
cmp "$tarball" "$tmp/parent/subprojects/packagecache/fastsig-$FASTSIG_VERSION.tar.xz" ||
    { echo "FAIL: the wrap did not fetch the tarball"; exit 1; }
[ -f "$tmp/parent/subprojects/fastsig-$FASTSIG_VERSION/meson.build" ] ||
    { echo "FAIL: the tarball was not unpacked as subprojects/fastsig-$FASTSIG_VERSION"; exit 1; }
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
