#!/bin/sh
# Collector test: the collector (and these tests) are shellcheck-clean.
# Exit 0 pass, 1 fail, 77 skipped (shellcheck not installed).
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v shellcheck >/dev/null 2>&1; then
    echo "SKIP: shellcheck is not installed"
    exit 77
fi
# the collector is POSIX sh: check it as sh
if shellcheck -s sh "$here/../bothways-collect" "$here"/*.sh; then
    echo "PASS: shellcheck clean"
    exit 0
fi
echo "FAIL: shellcheck reported problems"
exit 1
