#!/bin/sh
# Builds the libFuzzer target with Debian's clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, builds the seed corpus, and fuzzes.
#
#   sh tests/fuzz/run.sh [SECONDS] [libFuzzer options...]     (default 60 seconds)
#
# Everything goes to build-fuzz/ (ignored by git): the objects, the target fuzz_exec, seeds/
# (conformance and security cases, copied afresh each time), corpus/ (what the fuzzer found
# interesting, kept between runs) and artifacts/ (inputs that crashed or hung).  To replay one:
#   build-fuzz/fuzz_exec build-fuzz/artifacts/crash-...
set -eu
SECS=${1:-60}
[ $# -gt 0 ] && shift
BUILD=build-fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
# -Wno-error: -Werror is the gcc build's gate; clang warns about other things, and a warning
# must not stop the fuzzer.
make --no-print-directory BUILD=$BUILD CC=clang OPT="-O1 -fno-omit-frame-pointer -Wno-error" \
    SANITIZE="$SAN -fsanitize=fuzzer-no-link" $BUILD/fuzz_exec

rm -rf $BUILD/seeds
mkdir -p $BUILD/seeds $BUILD/corpus $BUILD/artifacts
for f in $(find conformance/cases tests/security/cases -name '*.py' 2>/dev/null); do
    # a flat name per seed; oversized seeds only slow the fuzzer down
    [ "$(wc -c <"$f")" -le 8192 ] && cp "$f" "$BUILD/seeds/$(echo "$f" | tr / _)"
done

# Boehm GC scans the stack conservatively, which ASan's fake stacks hide from it; and the GC
# heap is not malloc's, so there are no leaks for LeakSanitizer to find.
export ASAN_OPTIONS="detect_stack_use_after_return=0:detect_leaks=0:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec $BUILD/fuzz_exec -max_total_time="$SECS" -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
    -dict=tests/fuzz/python.dict -artifact_prefix=$BUILD/artifacts/ -print_final_stats=1 \
    "$@" $BUILD/corpus $BUILD/seeds
