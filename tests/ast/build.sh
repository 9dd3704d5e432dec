#!/bin/sh
# Builds tests/ast/dump_main, the front end's test driver, from the runtime and the front-end
# objects only: the evaluator need not link for the AST tests to run.  Objects come from the
# Makefile's rules, so BUILD/OPT/SANITIZE select the same variants:
#   sh tests/ast/build.sh                      # build/ast-dump
#   BUILD=build-asan OPT="-O1 -fno-omit-frame-pointer" \
#     SANITIZE="-fsanitize=address,undefined" sh tests/ast/build.sh
set -eu
BUILD=${BUILD:-build}
OPT=${OPT:--O2}
SANITIZE=${SANITIZE:-}
FRONT="ast parse lower lower_scan lower_annot lower_diag lower_stmt lower_compound lower_expr lower_call \
       lower_params lower_target lower_string lower_fstring lower_number lower_pattern lower_lines \
       lower_uninames"
objs=""
for f in runtime/*.c; do objs="$objs $BUILD/${f%.c}.o"; done
for f in $FRONT; do objs="$objs $BUILD/interp/$f.o"; done
objs="$objs $BUILD/grammar/parser.o $BUILD/grammar/scanner.o"
# Runtime files being edited by others may not compile at a given moment: keep going, and use
# the objects already built from them (parsing barely needs them).
# shellcheck disable=SC2086
make --no-print-directory -s -k BUILD="$BUILD" OPT="$OPT" SANITIZE="$SANITIZE" $objs >&2 || true
for o in $objs; do
    [ -f "$o" ] || { echo "build.sh: $o is missing" >&2; exit 1; }
done
CFLAGS="-std=c11 -D_GNU_SOURCE -DGC_THREADS -Wall -Wextra -Werror -Wno-unused-parameter -g \
        -Iinclude -Iinterp -Iruntime -Istdlib -Ideps/tree-sitter-python/src"
# The runtime refers to evaluator functions that this driver never reaches.
# shellcheck disable=SC2086
cc $CFLAGS $OPT $SANITIZE -o "$BUILD/ast-dump" tests/ast/dump_main.c $objs \
    -no-pie -Wl,--unresolved-symbols=ignore-all -ltree-sitter -lgc -lgmp -luv -lutf8proc -lm -lpthread
echo "$BUILD/ast-dump"
