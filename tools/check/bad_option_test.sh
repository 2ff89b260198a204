#!/bin/sh
# Test: bad command-line input gives exit code 2 and a one-line reason on stderr.
# Usage: bad_option_test.sh FASTSIG_CHECK
tool=$1
status=0
expect() { # expect "WORDS IN MESSAGE" ARGS...
    want=$1; shift
    err=$("$tool" "$@" 2>&1 >/dev/null); rc=$?
    if [ "$rc" -ne 2 ] || ! printf '%s' "$err" | grep -q "$want"; then
        echo "not ok: fastsig-check $* gave exit $rc and: $err"
        status=1
    else
        echo "ok: fastsig-check $* -> exit 2: $(printf '%s' "$err" | head -n 1)"
    fi
}
expect "unknown option '--bogus'" --bogus
expect "unknown ISA 'mmx'" --isa mmx
expect "unknown function 'tanh'" --func tanh
expect "not '0'" --stride 0
expect "not 'x'" --threads x
expect "needs a value" --stride
expect "not '-1'" --bound-scale -1
expect "not supported by this host" --isa neon,avx512
exit $status
