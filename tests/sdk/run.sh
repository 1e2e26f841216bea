#!/bin/sh
# Conformance test of herald-sandbox against the official Messente Node SDK (messente_api 1.5.0).
# Usage: run.sh [PATH-TO-herald-sandbox]   (or set HERALD_SANDBOX_BIN)
# Installs the pinned SDK with `npm ci` when node_modules is missing or older than package-lock.json,
# then runs the test with Node's built-in runner. The exit code is the test's.
set -eu

bin=${1:-${HERALD_SANDBOX_BIN:-}}
if [ -z "$bin" ]; then
    echo "usage: $0 PATH-TO-herald-sandbox (or set HERALD_SANDBOX_BIN)" >&2
    exit 2
fi
case $bin in
    /*) ;;
    *) bin=$(pwd)/$bin ;;
esac
if [ ! -x "$bin" ]; then
    echo "$0: herald-sandbox not found or not executable: $bin" >&2
    exit 2
fi
for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: '$tool' is not on PATH (scripts/deps installs Debian's nodejs and npm)" >&2
        exit 2
    fi
done

cd "$(dirname "$0")"

# npm writes node_modules/.package-lock.json at the end of every install, so it is the stamp of the last
# complete install: it is missing when node_modules is missing (or an install broke off half way).
stamp=node_modules/.package-lock.json
if [ ! -e "$stamp" ] || [ -n "$(find package-lock.json -newer "$stamp")" ]; then
    npm ci --no-audit --no-fund
fi

HERALD_SANDBOX_BIN=$bin
export HERALD_SANDBOX_BIN
exec node --test conformance.test.mjs
