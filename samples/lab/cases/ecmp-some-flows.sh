# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case ecmp-some-flows: per-flow ECMP hashing across two firewalls without state sync; some
# source ports fail, others work.
#
#             +-- fw1 --+
#  client -- r1          r2 -- server
#             +-- fw2 --+
#
# Same network as firewall-pair-ecmp. The client opens six connections from source ports
# 40001..40006 (as an application retrying would). A connection works when r1 and r2 happen to
# hash its two directions onto the same firewall, and fails when they pick different ones.

PORTS="40001 40002 40003 40004 40005 40006"

# nexthop_fw HOST ROUTE-GET-ARGS...: fw1 or fw2, as ip route get on HOST answers
nexthop_fw() {
    local h=$1
    shift
    case "$(ip -n "$LAB_NS_PREFIX$h" route get "$@")" in
        *"via 10.0.11.2 "*|*"via 10.0.21.1 "*) echo fw1 ;;
        *"via 10.0.12.2 "*|*"via 10.0.22.1 "*) echo fw2 ;;
        *) echo "?" ;;
    esac
}

# flow_paths PORT: set fwd and ret to the firewall that r1 picks for the connection from source
# port PORT and the one that r2 picks for its replies (uses case_main's C, S and DPORT)
flow_paths() {
    fwd=$(nexthop_fw r1 "$S" from "$C" iif r1-client ipproto tcp sport "$1" dport "$DPORT")
    ret=$(nexthop_fw r2 "$C" from "$S" iif r2-server ipproto tcp sport "$DPORT" dport "$1")
}

case_main() {
    case_begin ecmp-some-flows
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080 s1 s2 p fwd ret bad good
    CAPTURE_SECONDS=16
    fw_pair_ecmp
    # fixed seeds, chosen so that 40001 (the flow of interest) is split and some ports are not
    for s1 in $(seq 1 40); do
        ecmp_hash r1 "$s1"
        for s2 in $(seq 1 40); do
            ecmp_hash r2 "$s2"
            bad=0 good=0
            for p in $PORTS; do
                flow_paths "$p"
                if [ "$fwd" = "$ret" ]; then good=$((good + 1)); else bad=$((bad + 1)); [ "$p" = 40001 ] && bad=$((bad + 10)); fi
            done
            [ "$bad" -ge 12 ] && [ "$good" -ge 2 ] && break 2
        done
    done
    if [ "$bad" -lt 12 ] || [ "$good" -lt 2 ]; then fail "no seeds give a mixed pattern"; fi
    say "hash seeds: r1=$s1 r2=$s2"

    local predicted=()
    for p in $PORTS; do
        flow_paths "$p"
        predicted+=("\"$p\":{\"forward\":\"$fwd\",\"return\":\"$ret\"}")
    done

    server server $S $DPORT 20
    fw_pair_collect $C $S $SPORT $DPORT
    local results=() failed=() worked=() out
    for p in $PORTS; do
        if out=$(client client --src $C --sport "$p" --dst $S --dport $DPORT --timeout 2); then
            worked+=("$p"); results+=("\"$p\":\"ok\"")
        else
            failed+=("$p"); results+=("\"$p\":\"timeout\"")
        fi
        printf '%s\n' "$out"
    done
    collect_wait_done
    say "failed source ports: ${failed[*]}; worked: ${worked[*]}"
    [ "${failed[0]}" = 40001 ] || fail "40001 was expected to fail"
    [ ${#worked[@]} -ge 2 ] || fail "expected some ports to work"

    expect_packets client "tcp.srcport==8080 && tcp.flags.syn==1 && tcp.flags.ack==1" -eq ${#worked[@]} "one SYN-ACK per working port at the client"
    expect_packets client "tcp.srcport==40001 && tcp.flags.syn==1" -ge 2 "40001's SYN retransmitted"
    expect_grep fw2/kernel-log.txt "INVALID .*SPT=8080 DPT=40001" "fw2 dropped 40001's SYN-ACK"

    # the real path of every connection, seen in the firewalls' captures, matches the prediction
    for p in $PORTS; do
        flow_paths "$p"
        expect_packets "$fwd" "tcp.srcport==$p && tcp.flags.syn==1 && tcp.flags.ack==0" -ge 1 "SYN from $p crossed $fwd"
        expect_packets "$ret" "tcp.dstport==$p && tcp.flags.syn==1 && tcp.flags.ack==1" -ge 1 "SYN-ACK to $p crossed $ret"
    done

    local died_at
    flow_paths 40001
    died_at=$ret
    local failed_json worked_json results_json predicted_json
    failed_json=$(IFS=,; echo "${failed[*]}")
    worked_json=$(IFS=,; echo "${worked[*]}")
    results_json=$(IFS=,; echo "${results[*]}")
    predicted_json=$(IFS=,; echo "${predicted[*]}")
    # the hash seeds live on in r1/sysctl.txt and r2/sysctl.txt; now stop everything
    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "The client opened six connections to $S:$DPORT from source ports 40001..40006, one after another (2 s timeout each). Some failed. Collected with bothways-collect on every host. Lab: samples/lab/run ecmp-some-flows."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"ecmp-partial-asymmetry", "at":"$died_at", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":{"packet":"SYN-ACK","lane":"return","seenAt":["server","r2","$died_at"],"notSeenAt":["r1","client"]},
 "failedSourcePorts":[$failed_json], "workedSourcePorts":[$worked_json],
 "results":{$results_json},
 "paths":{$predicted_json},
 "clockOffsets":{"client":0,"r1":0,"fw1":0,"fw2":0,"r2":0,"server":0},
 "why":"r1 and r2 each spread flows over fw1 and fw2 by a hash of the 5-tuple (policy 3, fields 0x0037; see sysctl.txt and vtysh-show-ip-route). A flow works when both directions land on the same firewall and fails when they land on different ones: the firewall on the return lane never saw the SYN and drops the SYN-ACK as INVALID (kernel-log.txt of fw1/fw2). Ports ${failed[*]} failed, ports ${worked[*]} worked; 'paths' lists the firewall each direction took, as ip route get on r1/r2 answered."}
EOF
    cat >"$CASE_OUT/narrative.md" <<EOF
# ECMP across two firewalls: some connections fail, retries from other ports work

## Topology

\`\`\`
                  +-- fw1 (10.0.11.2 / 10.0.21.1) --+
client 10.0.1.10 -- r1                               r2 -- server 10.0.2.10
                  +-- fw2 (10.0.12.2 / 10.0.22.1) --+
\`\`\`

The same network as the firewall-pair-ecmp case: r1 and r2 (FRR) each have two equal-cost
next hops, fw1 and fw2, and hash every flow on its 5-tuple; the firewalls are stateful with no
state sync. This time the client behaves like an application retrying: six connections, from
source ports 40001 to 40006, one after another, each given 2 seconds.

## What happened to each connection

Each direction of a connection is hashed on its own: r1 hashes \`client:port > server:8080\`, r2
hashes \`server:8080 > client:port\`. The two hashes are unrelated, so roughly half of the
connections cross the same firewall both ways and half do not.

- Failed: source ports **${failed[*]}**. The SYN went through one firewall and the SYN-ACK came
  back through the other, which had never seen the SYN, called it INVALID and dropped it. The
  client retransmitted the SYN once and gave up after 2 s.
- Worked: source ports **${worked[*]}**. Both directions crossed the same firewall.

To the application this looks random: the same client, the same server, the same port 8080 —
and a retry "fixes" it. To the routers it is deterministic: the same 5-tuple always takes the same
path. The flow of interest is the first attempt, \`tcp 10.0.1.10:40001 > 10.0.2.10:8080\`.

## The evidence

- \`client/capture.pcapng\`: all six attempts; the failing ones are SYN + retransmission without
  SYN-ACK, the working ones complete the handshake, request and reply.
- \`server/capture.pcapng\`: the server received every SYN and answered every one.
- \`fw1/capture.pcapng\`, \`fw2/capture.pcapng\`: for each failing port, the SYN at one firewall
  and the SYN-ACK at the other. \`kernel-log.txt\` on the firewall that dropped the SYN-ACK has an
  \`INVALID ... SPT=8080 DPT=<port>\` line for each.
- \`r1/vtysh-show-ip-route.*\`, \`r2/vtysh-show-ip-route.*\`: the two equal-cost next hops.
  \`sysctl.txt\` on r1/r2: \`fib_multipath_hash_policy = 3\`, \`fib_multipath_hash_fields = 0x0037\`
  and the seed. \`ip-route-get.txt\` on r1/r2 answers for port 40001.

## The fix

Do not spread flows across independent stateful devices: pin the prefix to one firewall on
both routers, use a symmetric hash that sends both directions of a flow to the same member, or
cluster the firewalls with state sync. Verify by repeating the same six source ports: all work.
EOF
    case_end
}
