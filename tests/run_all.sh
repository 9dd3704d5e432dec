#!/bin/sh
# Runs every test suite against one build directory; fails if any suite fails.
set -u
BUILD=${1:-build}
export ASAN_OPTIONS="detect_stack_use_after_return=0:detect_leaks=0:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
echo "== unit tests ($BUILD)"
sh tests/run_unit.sh "$BUILD" || status=1
echo "== CLI tests ($BUILD)"
python3 tests/cli/run.py --krait "$BUILD/krait" || status=1
echo "== conformance ($BUILD)"
python3 conformance/run.py --krait "$BUILD/krait" || status=1
if [ -d tests/security ]; then
    echo "== security ($BUILD)"
    # Deadlines are measured from outside the process; a sanitized build starts and tears down
    # its shadow memory around the run, so it gets more slack than the plain build's 0.5 s.
    case "$BUILD" in
    *asan*) slack=1.5 ;;
    *) slack=0.5 ;;
    esac
    python3 tests/security/run.py --krait "$BUILD/krait" --time-slack $slack || status=1
fi
if [ -f tests/ast/run.py ]; then
    echo "== front end ($BUILD)"
    python3 tests/ast/run.py --cmd "$BUILD/krait --timeout 120 --dump-ast" || status=1
fi
if [ -f tests/tracebacks/run.py ]; then
    echo "== tracebacks ($BUILD)"
    python3 tests/tracebacks/run.py --krait "$BUILD/krait" || status=1
fi
exit $status
