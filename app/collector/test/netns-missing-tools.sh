#!/bin/sh
# Collector test: run bothways-collect inside a throwaway network namespace with some tools
# hidden from PATH, and check that it still writes a valid folder: every file with the
# "#@ " header, collect.log naming what was skipped, and the ip files present.
# Exit 0 pass, 1 fail, 77 skipped (needs root and iproute2).
# shellcheck disable=SC2317  # the helper functions are called through check()
set -u
here=$(cd "$(dirname "$0")" && pwd)
collector="$here/../bothways-collect"

if [ "$(id -u)" != 0 ]; then echo "SKIP: needs root (network namespace)"; exit 77; fi
if ! command -v ip >/dev/null 2>&1; then echo "SKIP: iproute2 (ip) is not installed"; exit 77; fi

ns="bwtest-collect-$$"
work=$(mktemp -d)
cleanup() {
    ip netns del "$ns" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ip netns add "$ns" || { echo "FAIL: cannot create network namespace $ns"; exit 1; }
ip -n "$ns" link set lo up

failures=0
check() { # check DESCRIPTION COMMAND...
    desc=$1; shift
    if "$@"; then echo "ok   $desc"; else echo "FAIL $desc"; failures=$((failures + 1)); fi
}

# fakebin DIR TOOL...: a PATH holding only the named tools (those that exist)
fakebin() {
    bindir=$1; shift
    mkdir -p "$bindir"
    for t in "$@"; do
        p=$(command -v "$t" 2>/dev/null) && ln -s "$p" "$bindir/$t"
    done
}
BASIC="sh date mkdir mktemp rm cat sed grep awk tr id uname readlink head cp sleep timeout wc"

# valid_folder DIR: every file is non-empty and every text file starts with the header
valid_folder() {
    ok=0
    for f in "$1"/*; do
        case "$f" in
            *.pcapng|*.pcap)
                if [ ! -s "$f" ] || [ ! -f "$f.meta" ]; then echo "  $f: empty or no .meta"; ok=1; fi
                continue ;;
        esac
        l1=$(sed -n 1p "$f"); l2=$(sed -n 2p "$f"); l3=$(sed -n 3p "$f"); l4=$(sed -n 4p "$f")
        [ "$l1" = "#@ bothways-collect 1" ] || { echo "  $f: line 1 is '$l1'"; ok=1; }
        [ "$l2" = "#@ host: t1" ] || { echo "  $f: line 2 is '$l2'"; ok=1; }
        case "$l3" in "#@ command: "?*) ;; *) echo "  $f: line 3 is '$l3'"; ok=1 ;; esac
        echo "$l4" | grep -Eq '^#@ time: [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' \
            || { echo "  $f: line 4 is '$l4'"; ok=1; }
        grep -Eq '^#@ exit: [0-9]+$' "$f" || { echo "  $f: no '#@ exit: N' line"; ok=1; }
        # header lines come first, then raw output: no header line after the first other line
        awk '/^#@ / { if (body) bad = 1; next } { body = 1 } END { exit bad }' "$f" \
            || { echo "  $f: a '#@ ' line after the output started"; ok=1; }
    done
    return "$ok"
}

has_file() { [ -s "$1" ]; }
json_after_header() { grep -v '^#@ ' "$1" | python3 -c 'import json, sys; json.load(sys.stdin)'; }
no_file() { # no_file PATTERN...: no file matches any of the glob patterns
    for pat in "$@"; do
        for f in $pat; do [ -e "$f" ] && return 1; done
    done
    return 0
}
log_says() { grep -q "$2" "$1/collect.log"; }

# --- run 1: nft, iptables-save, vtysh and conntrack hidden ---
bin1="$work/bin1"
# shellcheck disable=SC2086  # BASIC is a list of words
fakebin "$bin1" $BASIC ip tcpdump editcap traceroute sysctl dmesg
out1="$work/out1"
ip netns exec "$ns" env PATH="$bin1" "$collector" --host t1 --peer 127.0.0.1 --port 8080 --sport 40001 \
    --capture-seconds 2 --out "$out1" >"$work/run1.out" 2>&1
rc=$?
check "run 1 exits 0 with nft, iptables-save, vtysh, conntrack missing (exit $rc)" [ "$rc" = 0 ]
d="$out1/t1"
check "run 1 wrote DIR/HOST/collect.log" has_file "$d/collect.log"
check "run 1 every file has a valid header" valid_folder "$d"
for f in ip-addr.json ip-addr.txt ip-route.json ip-route.txt ip-rule.json ip-rule.txt ip-neigh.txt \
    ip-route-get.txt ip-route-get.json sysctl.txt kernel-log.txt; do
    check "run 1 wrote $f" has_file "$d/$f"
done
for t in nft vtysh conntrack iptables-save; do
    check "run 1 collect.log names the missing '$t'" log_says "$d" "'$t' not found in PATH"
done
check "run 1 wrote no nft/conntrack/vtysh files" no_file "$d/nft-ruleset.*" "$d/conntrack-*" "$d/vtysh-*"
if [ -x "$bin1/tcpdump" ] && [ -x "$bin1/editcap" ]; then
    check "run 1 wrote capture.pcapng and its .meta" has_file "$d/capture.pcapng.meta"
    check "run 1 capture .meta has an until line" grep -Eq '^#@ until: ' "$d/capture.pcapng.meta"
fi
check "run 1 ip-route-get asked with the flow's ports" grep -q '^#@ command: ip route get 127.0.0.1 ipproto tcp sport 40001 dport 8080' "$d/ip-route-get.txt"
if command -v python3 >/dev/null 2>&1; then
    check "run 1 ip-addr.json is JSON after the header" json_after_header "$d/ip-addr.json"
fi

# --- run 2: almost nothing but ip: no capture tools, no traceroute, no sysctl, no dmesg ---
bin2="$work/bin2"
# shellcheck disable=SC2086
fakebin "$bin2" $BASIC ip
out2="$work/out2"
ip netns exec "$ns" env PATH="$bin2" "$collector" --host t1 --peer 127.0.0.1 --port 8080 \
    --capture-seconds 1 --out "$out2" >"$work/run2.out" 2>&1
rc=$?
check "run 2 exits 0 with only ip available (exit $rc)" [ "$rc" = 0 ]
d="$out2/t1"
check "run 2 every file has a valid header" valid_folder "$d"
check "run 2 wrote ip-route.json" has_file "$d/ip-route.json"
for t in tcpdump traceroute sysctl; do
    check "run 2 collect.log names the missing '$t'" log_says "$d" "'$t' not found in PATH"
done
check "run 2 collect.log says the kernel log was skipped" log_says "$d" "skipped kernel-log.txt"

# --- run 3: bad arguments fail fast with exit 2 and write nothing ---
ip netns exec "$ns" env PATH="$bin2" "$collector" --host t1 --out "$work/out3" >/dev/null 2>&1
rc=$?
check "run 3 without --peer exits 2 (exit $rc)" [ "$rc" = 2 ]
check "run 3 wrote nothing" no_file "$work/out3"

if [ "$failures" -gt 0 ]; then
    echo "FAIL: $failures checks failed; collector output:"
    cat "$work/run1.out" "$work/run2.out"
    exit 1
fi
echo "PASS: collector writes a valid folder with tools missing"
exit 0
