# shellcheck shell=bash
# shellcheck disable=SC2034  # variables shared with run and the case files
# Bothways lab — shared helpers (sourced by samples/lab/run). Bash.
#
# Everything the lab creates is named with the prefix "bw-" (network namespaces, FRR path
# spaces under /run/frr) and recorded, so cleanup removes exactly that, on exit, on Ctrl-C and
# on TERM.

LAB_NS_PREFIX=bw-
LAB_CREATED_NS=()
LAB_FRR_DIRS=()
LAB_BG_PIDS=()
LAB_OLD_NFLOG=""
LAB_TMP=""

say() { printf '[lab %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

lab_cleanup() {
    local p d n
    trap '' INT TERM   # finish cleaning up whatever arrives now
    for p in "${LAB_BG_PIDS[@]}"; do
        kill "$p" 2>/dev/null
    done
    for d in "${LAB_FRR_DIRS[@]}"; do
        for p in "$d"/*.pid; do
            [ -f "$p" ] && kill "$(cat "$p")" 2>/dev/null
        done
    done
    [ ${#LAB_FRR_DIRS[@]} -gt 0 ] && sleep 0.5
    for p in "${LAB_BG_PIDS[@]}"; do
        wait "$p" 2>/dev/null
    done
    for n in "${LAB_CREATED_NS[@]}"; do
        # kill anything still running inside the namespace (only our own namespaces)
        for p in $(ip netns pids "$n" 2>/dev/null); do
            kill "$p" 2>/dev/null
        done
        ip netns del "$n" 2>/dev/null
    done
    for d in "${LAB_FRR_DIRS[@]}"; do
        rm -rf "$d"
    done
    if [ -n "$LAB_OLD_NFLOG" ]; then
        sysctl -qw net.netfilter.nf_log_all_netns="$LAB_OLD_NFLOG"
    fi
    LAB_CREATED_NS=()
    LAB_FRR_DIRS=()
    LAB_BG_PIDS=()
    LAB_OLD_NFLOG=""
    LAB_TMP=""
}

# on exit: clean up, and drop a half-written case (the committed one stays untouched)
lab_exit() {
    lab_cleanup
    if [ -n "${CASE_OUT:-}" ] && [ -d "$CASE_OUT" ] && [ "${CASE_OUT%.partial}" != "$CASE_OUT" ]; then
        rm -rf "$CASE_OUT"
    fi
}

lab_init() {
    [ "$(id -u)" = 0 ] || fail "the lab needs root (network namespaces)"
    local n
    for n in $(ip netns list | awk '{print $1}'); do
        case "$n" in
            "$LAB_NS_PREFIX"*) fail "namespace $n exists (a previous lab run was killed?); remove it with: ip netns del $n" ;;
        esac
    done
    trap 'lab_exit' EXIT
    trap 'say "interrupted"; exit 130' INT
    trap 'say "terminated"; exit 143' TERM
    # logs of the daemons, servers and collectors stay here after the run (small)
    LAB_TMP="/tmp/bothways-lab-logs/${CASE_NAME:-lab}"
    rm -rf "$LAB_TMP"
    mkdir -p "$LAB_TMP"
    if [ -e /proc/sys/net/netfilter/nf_log_all_netns ]; then
        LAB_OLD_NFLOG=$(sysctl -n net.netfilter.nf_log_all_netns)
        sysctl -qw net.netfilter.nf_log_all_netns=1
    fi
}

# ns HOST: create network namespace bw-HOST with lo up, forwarding off, rp_filter off
ns() {
    local n="$LAB_NS_PREFIX$1"
    ip netns add "$n" || fail "ip netns add $n"
    LAB_CREATED_NS+=("$n")
    ip -n "$n" link set lo up
    ip netns exec "$n" sysctl -qw net.ipv4.ip_forward=0 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0
}

# inns HOST CMD...: run CMD in bw-HOST
inns() {
    local h=$1
    shift
    ip netns exec "$LAB_NS_PREFIX$h" "$@"
}

# router HOST: enable forwarding
router() {
    inns "$1" sysctl -qw net.ipv4.ip_forward=1
}

# link A ADDR_A B ADDR_B [MTU]: veth A-B (in A) <-> B-A (in B), addresses with prefix length
link() {
    local a=$1 aa=$2 b=$3 ba=$4 mtu=${5:-}
    local ia="$a-$b" ib="$b-$a"
    ip link add "$ia" netns "$LAB_NS_PREFIX$a" type veth peer name "$ib" netns "$LAB_NS_PREFIX$b" \
        || fail "veth $ia/$ib"
    ip -n "$LAB_NS_PREFIX$a" addr add "$aa" dev "$ia"
    ip -n "$LAB_NS_PREFIX$b" addr add "$ba" dev "$ib"
    if [ -n "$mtu" ]; then
        ip -n "$LAB_NS_PREFIX$a" link set "$ia" mtu "$mtu"
        ip -n "$LAB_NS_PREFIX$b" link set "$ib" mtu "$mtu"
    fi
    # the lab's veth pairs stay on one machine: no offloads, so captures show real segment sizes
    inns "$a" ethtool -K "$ia" tso off gso off gro off >/dev/null 2>&1
    inns "$b" ethtool -K "$ib" tso off gso off gro off >/dev/null 2>&1
    ip -n "$LAB_NS_PREFIX$a" link set "$ia" up
    ip -n "$LAB_NS_PREFIX$b" link set "$ib" up
}

# ecmp_hash HOST SEED: hash on the 5-tuple (policy 3, fields 0x0037) with a fixed seed, so a
# flow's next hop depends on its 5-tuple as on real routers
ecmp_hash() {
    inns "$1" sysctl -qw net.ipv4.fib_multipath_hash_policy=3 net.ipv4.fib_multipath_hash_fields=0x0037
    if [ -e /proc/sys/net/ipv4/fib_multipath_hash_seed ]; then
        inns "$1" sysctl -qw net.ipv4.fib_multipath_hash_seed="$2"
    fi
}

# frr HOST CONFIG-TEXT: start zebra + staticd in bw-HOST with path space bw-HOST
frr() {
    local h=$1 conf=$2 n="$LAB_NS_PREFIX$1"
    local d="/run/frr/$n"
    if ! command -v vtysh >/dev/null || [ ! -x /usr/lib/frr/zebra ] || [ ! -x /usr/lib/frr/staticd ]; then
        fail "FRR (zebra, staticd, vtysh) is not installed: apt-get install -y frr"
    fi
    mkdir -p /run/frr "$d"
    LAB_FRR_DIRS+=("$d")
    printf '%s\n' "$conf" >"$d/frr.conf"
    chown -R frr:frr "$d"
    chown frr:frr /run/frr
    inns "$h" /usr/lib/frr/zebra -d -N "$n" -f "$d/frr.conf" -i "$d/zebra.pid" --vty_socket "$d" -A 127.0.0.1 -P 0 \
        >>"$LAB_TMP/frr.log" 2>&1 || fail "zebra in $n"
    inns "$h" /usr/lib/frr/staticd -d -N "$n" -f "$d/frr.conf" -i "$d/staticd.pid" --vty_socket "$d" -A 127.0.0.1 -P 0 \
        >>"$LAB_TMP/frr.log" 2>&1 || fail "staticd in $n"
}

# frr_wait HOST PREFIX NEXTHOPS: wait until the kernel has PREFIX with NEXTHOPS next hops
frr_wait() {
    local h=$1 pfx=$2 want=$3 i got
    for i in $(seq 1 50); do
        got=$(ip -n "$LAB_NS_PREFIX$h" route show "$pfx" | grep -c 'nexthop via')
        [ "$want" = 1 ] && got=$(ip -n "$LAB_NS_PREFIX$h" route show "$pfx" | grep -c 'via')
        [ "$got" -ge "$want" ] && return 0
        sleep 0.2
    done
    fail "$h: route $pfx with $want next hops did not appear (FRR log: $LAB_TMP/frr.log)"
}

# bg CMD...: start in background, remember the pid for cleanup
bg() {
    "$@" &
    LAB_BG_PIDS+=("$!")
}

# server HOST ADDR PORT SECONDS [tcpserve.py args]: start the one-shot server, wait until it listens
server() {
    local h=$1 addr=$2 port=$3 secs=$4 i
    shift 4
    bg inns "$h" timeout "$((secs + 5))" /usr/bin/python3 "$LAB_DIR/tcpserve.py" --bind "$addr" --port "$port" \
        --seconds "$secs" "$@"
    for i in $(seq 1 50); do
        inns "$h" ss -Hltn "sport = :$port" | grep -q LISTEN && return 0
        sleep 0.1
    done
    fail "server in $h did not listen on $addr:$port"
}

# client HOST ARGS...: one bounded client connection (see tcpclient.py); prints its result line
client() {
    local h=$1
    shift
    inns "$h" timeout 30 /usr/bin/python3 "$LAB_DIR/tcpclient.py" "$@"
}

# collect HOST PEER PORT SPORT ROLE [extra collector args]: run the collector in bw-HOST in the
# background, writing $CASE_OUT/HOST/. All captures run for CAPTURE_SECONDS from the same moment;
# the traceroutes afterwards take turns by ROLE (client first, then server, then the middle boxes)
# so that probes of the same 5-tuple from both ends never meet.
CAPTURE_SECONDS=10
COLLECT_PIDS=()
collect() {
    local h=$1 peer=$2 port=$3 sport=$4 role=$5
    shift 5
    local extra=() delay=0
    case "$role" in
        client) delay=0 ;;
        server) delay=20 ;;
        *) delay=40 ;;
    esac
    [ -d "/run/frr/$LAB_NS_PREFIX$h" ] && extra+=(--vtysh-pathspace "$LAB_NS_PREFIX$h")
    inns "$h" "$COLLECTOR" --host "$h" --peer "$peer" --port "$port" --sport "$sport" --proto tcp \
        --capture-seconds "$CAPTURE_SECONDS" --capture-packets 500 --traceroute-delay "$delay" \
        --out "$CASE_OUT" "${extra[@]}" "$@" >>"$LAB_TMP/collect-$h.out" 2>&1 &
    COLLECT_PIDS+=("$!")
    LAB_BG_PIDS+=("$!")
}

# collect_wait_open: wait until every running collector has opened its capture window
collect_wait_open() {
    local h i ok
    for i in $(seq 1 200); do
        ok=1
        for h in "$@"; do
            grep -q 'capture window open' "$LAB_TMP/collect-$h.out" 2>/dev/null || ok=0
        done
        [ "$ok" = 1 ] && { sleep 1; return 0; }
        sleep 0.1
    done
    fail "collectors did not open their capture window"
}

collect_wait_done() {
    local p
    for p in "${COLLECT_PIDS[@]}"; do
        wait "$p" || fail "a collector failed (see $LAB_TMP/collect-*.out)"
    done
    COLLECT_PIDS=()
}

# shift_clock HOST SECONDS: shift HOST's capture clock after the fact (recorded in expected.json)
shift_clock() {
    local f="$CASE_OUT/$1/capture.pcapng"
    editcap -t "$2" "$f" "$f.shifted" >/dev/null || fail "editcap -t $2 $f"
    mv "$f.shifted" "$f"
    say "$1: capture clock shifted by $2 s (editcap -t $2)"
}

# packets HOST FILTER: count packets in HOST's capture matching a tshark display filter
packets() {
    tshark -r "$CASE_OUT/$1/capture.pcapng" -Y "$2" 2>/dev/null | wc -l
}

# expect_packets HOST FILTER OP N WHAT: assert on a packet count (the lab checks its own story)
expect_packets() {
    local h=$1 f=$2 op=$3 n=$4 what=$5 c
    c=$(packets "$h" "$f")
    local ok=1
    case "$op" in
        -eq) [ "$c" -eq "$n" ] || ok=0 ;;
        -ge) [ "$c" -ge "$n" ] || ok=0 ;;
        -le) [ "$c" -le "$n" ] || ok=0 ;;
        *) fail "expect_packets: unknown operator $op" ;;
    esac
    if [ "$ok" = 1 ]; then
        say "check ok: $h: $what ($c packets)"
    else
        fail "check: $h: $what: got $c packets matching '$f', wanted $op $n"
    fi
}

expect_grep() {
    local file=$1 re=$2 what=$3
    if grep -Eq "$re" "$CASE_OUT/$file"; then
        say "check ok: $file: $what"
    else
        fail "check: $file: $what: no line matching '$re'"
    fi
}

# case_begin NAME: a fresh output folder next to the case; it replaces the case only at the end
case_begin() {
    CASE_NAME=$1
    CASE_FINAL="$CASES_DIR/$1"
    CASE_OUT="$CASES_DIR/.$1.partial"
    lab_init
    rm -rf "$CASE_OUT"
    mkdir -p "$CASE_OUT"
    COLLECT_PIDS=()
    say "=== case $1 ==="
}

case_end() {
    local size
    lab_cleanup
    size=$(du -sk "$CASE_OUT" | awk '{print $1}')
    [ "$size" -lt 2048 ] || fail "case $CASE_NAME is ${size} KiB, over the 2 MiB budget"
    rm -rf "$CASE_FINAL"
    mv "$CASE_OUT" "$CASE_FINAL" || fail "cannot move $CASE_OUT to $CASE_FINAL"
    CASE_OUT="$CASE_FINAL"
    say "case $CASE_NAME written to $CASE_FINAL (${size} KiB)"
}

# pick_seed HOST WANT-NEXTHOP ROUTE-GET-ARGS...: find a fib_multipath_hash_seed for which
# "ip route get ARGS" on HOST picks WANT-NEXTHOP; sets it and prints it
pick_seed() {
    local h=$1 want=$2 s
    shift 2
    for s in $(seq 1 200); do
        ecmp_hash "$h" "$s"
        if ip -n "$LAB_NS_PREFIX$h" route get "$@" | grep -q "via $want "; then
            echo "$s"
            return 0
        fi
    done
    fail "$h: no seed in 1..200 sends '$*' via $want"
}

# nft_load HOST RULES: load an nftables ruleset (text) in bw-HOST
nft_load() {
    printf '%s\n' "$2" | inns "$1" nft -f - || fail "nft on $1"
}

# The stateful firewall rules used by the cases (no state sync between firewalls).
FW_RULES='table inet filter {
	chain forward {
		type filter hook forward priority filter; policy accept;
		ct state established,related accept
		ct state invalid counter log prefix "INVALID " drop
		tcp dport 8080 ct state new counter accept
	}
}'

# firewall HOST [RULES]: load RULES (if given, e.g. a NAT table) followed by FW_RULES in bw-HOST,
# in one go
firewall() {
    if [ -n "${2:-}" ]; then
        nft_load "$1" "$2
$FW_RULES"
    else
        nft_load "$1" "$FW_RULES"
    fi
}

# fw_pair_topology: client 10.0.1.10 -- r1 -- fw1|fw2 -- r2 -- server 10.0.2.10 (no routes on r1/r2)
fw_pair_topology() {
    local h
    for h in client r1 fw1 fw2 r2 server; do ns "$h"; done
    for h in r1 fw1 fw2 r2; do router "$h"; done
    link client 10.0.1.10/24 r1 10.0.1.1/24
    link r1 10.0.11.1/24 fw1 10.0.11.2/24
    link r1 10.0.12.1/24 fw2 10.0.12.2/24
    link fw1 10.0.21.1/24 r2 10.0.21.2/24
    link fw2 10.0.22.1/24 r2 10.0.22.2/24
    link r2 10.0.2.1/24 server 10.0.2.10/24
    inns client ip route add default via 10.0.1.1
    inns server ip route add default via 10.0.2.1
    inns fw1 ip route add 10.0.1.0/24 via 10.0.11.1
    inns fw1 ip route add 10.0.2.0/24 via 10.0.21.2
    inns fw2 ip route add 10.0.1.0/24 via 10.0.12.1
    inns fw2 ip route add 10.0.2.0/24 via 10.0.22.2
    firewall fw1
    firewall fw2
}

# fw_pair_frr "R1-NEXTHOPS" "R2-NEXTHOPS": FRR static routes on r1 (to 10.0.2.0/24) and r2 (to
# 10.0.1.0/24) through the given next hops (fw1: 10.0.11.2 / 10.0.21.1, fw2: 10.0.12.2 /
# 10.0.22.1; two of them make an ECMP route); waits until the kernel has them
fw_pair_frr() {
    local -a hops1 hops2
    local conf1="hostname r1" conf2="hostname r2" h
    read -ra hops1 <<<"$1"
    read -ra hops2 <<<"$2"
    for h in "${hops1[@]}"; do conf1+=$'\n'"ip route 10.0.2.0/24 $h"; done
    for h in "${hops2[@]}"; do conf2+=$'\n'"ip route 10.0.1.0/24 $h"; done
    frr r1 "$conf1"
    frr r2 "$conf2"
    frr_wait r1 10.0.2.0/24 "${#hops1[@]}"
    frr_wait r2 10.0.1.0/24 "${#hops2[@]}"
}

# fw_pair_ecmp: fw_pair_topology plus FRR ECMP routes (via fw1 and fw2) on r1 and r2
fw_pair_ecmp() {
    fw_pair_topology
    fw_pair_frr "10.0.11.2 10.0.12.2" "10.0.21.1 10.0.22.1"
}

# fw_pair_collect CLIENT-ADDR SERVER-ADDR SPORT DPORT: run the collector on all six hosts of the
# firewall pair for the flow CLIENT-ADDR:SPORT > SERVER-ADDR:DPORT; waits until all capture
fw_pair_collect() {
    local c=$1 s=$2 sport=$3 dport=$4
    collect client "$s" "$dport" "$sport" client
    collect server "$c" "$sport" "$dport" server
    collect r1 "$s" "$dport" "$sport" middle --from "$c"
    collect fw1 "$s" "$dport" "$sport" middle --from "$c"
    collect fw2 "$s" "$dport" "$sport" middle --from "$c"
    collect r2 "$c" "$sport" "$dport" middle --from "$s"
    collect_wait_open client server r1 fw1 fw2 r2
}

# two_uplink_topology A NET-A B NET-B: client 10.0.1.10 -- r1 -- A|B -- server, where the server
# has two interfaces: server-A 10.0.2.10 behind A and server-B 10.0.3.10 behind B. r1 reaches A
# on 10.0.NET-A.0/24 and B on 10.0.NET-B.0/24; A and B default to r1, the server to A. r1 gets
# no routes to the server's networks: the cases choose them.
two_uplink_topology() {
    local a=$1 na=$2 b=$3 nb=$4 h
    for h in client r1 "$a" "$b" server; do ns "$h"; done
    for h in r1 "$a" "$b"; do router "$h"; done
    link client 10.0.1.10/24 r1 10.0.1.1/24
    link r1 "10.0.$na.1/24" "$a" "10.0.$na.2/24"
    link r1 "10.0.$nb.1/24" "$b" "10.0.$nb.2/24"
    link "$a" 10.0.2.1/24 server 10.0.2.10/24
    link "$b" 10.0.3.1/24 server 10.0.3.10/24
    inns client ip route add default via 10.0.1.1
    inns "$a" ip route add default via "10.0.$na.1"
    inns "$b" ip route add default via "10.0.$nb.1"
    inns server ip route add default via 10.0.2.1
}

# flow_filters SPORT DPORT: set syn and synack (declare them local first) to tshark filters for
# the SYN from port SPORT and the SYN-ACK from port DPORT
flow_filters() {
    syn="tcp.srcport==$1 && tcp.flags.syn==1 && tcp.flags.ack==0"
    synack="tcp.srcport==$2 && tcp.flags.syn==1 && tcp.flags.ack==1"
}

# connect_must_fail CLIENT-ADDR SERVER-ADDR SPORT DPORT: one connection from the client host
# (4 s connect timeout); the case needs it to fail
connect_must_fail() {
    client client --src "$1" --sport "$3" --dst "$2" --dport "$4" --timeout 4 \
        && fail "the connection worked; the case needs it to fail"
    return 0
}

# expect_syn_unanswered: the client sent the SYN and retransmitted it, and never saw a SYN-ACK
# (uses syn and synack from flow_filters)
expect_syn_unanswered() {
    expect_packets client "$syn" -ge 2 "client sent the SYN and retransmitted it"
    expect_packets client "$synack" -eq 0 "client never saw a SYN-ACK"
}

# write_case_json FLOW NOTES: case.json with the usual roles (hosts client and server)
write_case_json() {
    write_json "$CASE_OUT/case.json" <<EOF
{"schemaVersion":1, "roles":{"client":"client","server":"server"}, "flow":"$1", "notes":"$2"}
EOF
}

# write_json FILE: stdin must be valid JSON; it is pretty-printed into FILE
write_json() {
    /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); json.dump(d, open(sys.argv[1],"w"), indent=2); open(sys.argv[1],"a").write("\n")' "$1" \
        || fail "invalid JSON for $1"
}
