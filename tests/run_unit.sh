#!/bin/sh
# Runs the C unit-test binaries of a build directory.
set -u
BUILD=${1:-build}
status=0
for t in "$BUILD"/tests/*; do
    [ -x "$t" ] || continue
    case "$(basename "$t")" in soak) continue ;; esac
    echo "-- $(basename "$t")"
    "$t" || status=1
done
exit $status
