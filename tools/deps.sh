#!/bin/sh
# Installs what Krait needs on Debian 12 and fetches the pinned grammar; a quick no-op when all
# is present.  Reasons for each package: docs/dependencies.md.
set -eu

PACKAGES="build-essential libtree-sitter-dev libgc-dev libgmp-dev libuv1-dev libutf8proc-dev \
          nodejs npm python3 clang libclang-rt-14-dev binutils"
GRAMMAR_VERSION=0.23.6
GRAMMAR_INTEGRITY="sha512-yIM9z0oxKIxT7bAtPOhgoVl6gTXlmlIhue7liFT4oBPF/lha7Ha4dQBS82Av6hMMRZoVnFJI8M6mL+SwWoLD3A=="
DEST=deps/tree-sitter-python

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
# nodejs may come from outside Debian (e.g. NodeSource) with npm bundled: accept a working npm.
if command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | tr ' ' '\n' | grep -vx 'nodejs' | grep -vx 'npm' | tr '\n' ' ')
fi
missing=$(echo "$missing" | tr -s ' ')
if [ -n "${missing# }" ]; then
    echo "deps: installing Debian packages:$missing"
    if [ "$(id -u)" != 0 ]; then
        echo "deps: missing packages and not root; run as root: apt-get install$missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi

if [ -f "$DEST/.integrity" ] && [ "$(cat "$DEST/.integrity")" = "$GRAMMAR_INTEGRITY" ]; then
    exit 0
fi
echo "deps: fetching tree-sitter-python@$GRAMMAR_VERSION from the npm registry"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "tree-sitter-python@$GRAMMAR_VERSION" >/dev/null)
tgz="$tmp/tree-sitter-python-$GRAMMAR_VERSION.tgz"
got="sha512-$(openssl dgst -sha512 -binary "$tgz" 2>/dev/null | base64 -w0 || true)"
if [ "$got" = "sha512-" ]; then
    got="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tgz")"
fi
if [ "$got" != "$GRAMMAR_INTEGRITY" ]; then
    echo "deps: integrity mismatch for tree-sitter-python: got $got" >&2
    exit 1
fi
rm -rf "$DEST"
mkdir -p "$DEST"
tar xzf "$tgz" -C "$DEST" --strip-components=1 package/src package/LICENSE package/package.json
echo "$GRAMMAR_INTEGRITY" > "$DEST/.integrity"
echo "deps: grammar ready in $DEST"
