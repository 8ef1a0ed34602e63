# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case firewall-pair-ecmp (the default sample): ECMP across two firewalls without state sync.
#
#             +-- fw1 --+
#  client -- r1          r2 -- server
#             +-- fw2 --+
#
# r1 and r2 run FRR (zebra + staticd) with two equal-cost static next hops. The flow
# tcp 10.0.1.10:40001 > 10.0.2.10:8080 hashes to fw1 on r1; its reply hashes to fw2 on r2.
# fw2 never saw the SYN, so conntrack calls the SYN-ACK INVALID and nftables drops and logs it.

case_main() {
    case_begin firewall-pair-ecmp
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080
    fw_pair_ecmp
    # seeds that send the forward flow via fw1 and its reply via fw2 (deterministic per 5-tuple)
    local s1 s2
    s1=$(pick_seed r1 10.0.11.2 $S from $C iif r1-client ipproto tcp sport $SPORT dport $DPORT)
    s2=$(pick_seed r2 10.0.22.1 $C from $S iif r2-server ipproto tcp sport $DPORT dport $SPORT)
    say "hash seeds: r1=$s1 r2=$s2"

    # the server stops listening before the collectors' traceroutes start
    server server $S $DPORT 9
    fw_pair_collect $C $S $SPORT $DPORT
    # the failing flow: one connection from the fixed source port, 4 s connect timeout
    connect_must_fail $C $S $SPORT $DPORT
    collect_wait_done
    shift_clock server 0.25

    local syn synack
    flow_filters $SPORT $DPORT
    expect_syn_unanswered
    expect_packets fw1 "$syn" -ge 2 "SYN passed fw1"
    expect_packets fw1 "$synack" -eq 0 "no SYN-ACK at fw1"
    expect_packets fw2 "$syn" -eq 0 "no SYN at fw2"
    expect_packets fw2 "$synack" -ge 1 "SYN-ACK arrived at fw2"
    expect_packets server "$synack" -ge 1 "server answered with SYN-ACK"
    expect_grep fw2/kernel-log.txt 'INVALID IN=fw2-r2 OUT=fw2-r1 .*SRC=10.0.2.10 DST=10.0.1.10 .*SPT=8080 DPT=40001' "INVALID log line for the SYN-ACK"
    expect_grep fw2/nft-ruleset.nft 'ct state invalid counter packets [1-9]' "INVALID counter on fw2 went up"
    expect_grep fw1/nft-ruleset.nft 'ct state invalid counter packets 0 ' "INVALID counter on fw1 stayed at zero"
    expect_grep r1/ip-route-get.txt 'via 10.0.11.2 dev r1-fw1' "r1 route get for the flow names fw1"
    expect_grep r2/ip-route-get.txt 'via 10.0.22.1 dev r2-fw2' "r2 route get for the reply names fw2"
    expect_grep client/traceroute-tcp.txt '^ 2  10.0.11.2' "client's TCP traceroute crosses fw1"
    expect_grep server/traceroute-tcp.txt '^ 2  10.0.22.1' "server's TCP traceroute crosses fw2"
    expect_grep fw1/conntrack-list.txt 'SYN_SENT .*sport=40001 dport=8080 .*UNREPLIED' "fw1 holds the half-open entry"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "Firewall pair behind ECMP, no state sync. Collected with bothways-collect on every host while the client tried one connection from source port $SPORT. Lab: samples/lab/run firewall-pair-ecmp."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"asymmetric-stateful-drop", "at":"fw2", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":{"packet":"SYN-ACK","lane":"return","seenAt":["server","r2","fw2"],"notSeenAt":["r1","client"]},
 "forward":["client","r1","fw1","r2","server"], "return":["server","r2","fw2","r1","client"],
 "clockOffsets":{"client":0,"r1":0,"fw1":0,"fw2":0,"r2":0,"server":0.25},
 "why":"r1 hashes the flow to fw1 and r2 hashes the reply to fw2 (ECMP on both routers, see vtysh-show-ip-route and ip-route-get). fw2 never saw the SYN, so conntrack classifies the SYN-ACK as INVALID and the nftables rule 'ct state invalid counter log prefix \"INVALID \" drop' drops it (fw2 kernel-log.txt, nft counter). The client retransmits its SYN and times out; fw1 keeps a SYN_SENT [UNREPLIED] entry."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# Firewall pair behind ECMP: the SYN-ACK dies at fw2

## Topology

```
                  +-- fw1 (10.0.11.2 / 10.0.21.1) --+
client 10.0.1.10 -- r1                               r2 -- server 10.0.2.10
                  +-- fw2 (10.0.12.2 / 10.0.22.1) --+
```

r1 and r2 are routers running FRR. Each has a static route with two equal-cost next hops
(ECMP): r1 reaches 10.0.2.0/24 through fw1 *and* fw2, r2 reaches 10.0.1.0/24 through fw1 *and*
fw2. Both routers hash on the 5-tuple (`fib_multipath_hash_policy = 3`, fields `0x0037`). fw1 and
fw2 are independent Linux firewalls with the usual stateful nftables rules — accept
`established,related`, count, log and drop `invalid` — and **no state sync** between them.

## What happened to each packet

1. The client opens `tcp 10.0.1.10:40001 > 10.0.2.10:8080`. Its **SYN** goes to r1.
2. r1 hashes the 5-tuple and picks **fw1**. fw1 sees a new connection, creates a conntrack entry
   (`SYN_SENT`, `[UNREPLIED]`) and forwards the SYN to r2, which delivers it to the server.
3. The server answers with a **SYN-ACK** `10.0.2.10:8080 > 10.0.1.10:40001`. r2 hashes *this*
   5-tuple — the reverse of the first — and picks **fw2**.
4. fw2 has never seen the SYN. To its conntrack a SYN-ACK out of nowhere is `INVALID`; the rule
   `ct state invalid counter log prefix "INVALID " drop` counts it, logs it and drops it.
5. The client never gets a SYN-ACK. It retransmits the SYN (after 1 s, then 2 s more); each
   retransmission takes the same path (same 5-tuple, same hash), the server answers again, fw2
   drops again. After 4 s the client gives up.

## The evidence

- `client/capture.pcapng`: the SYN from port 40001 and its retransmissions, no SYN-ACK.
- `server/capture.pcapng`: the SYNs arrive and the server sends a SYN-ACK for each (and
  retransmits it). The server's capture clock runs 0.25 s ahead of the others — line packets up by
  their content (TCP sequence numbers), not by wall clock.
- `fw1/capture.pcapng` has the SYNs and no SYN-ACK; `fw2/capture.pcapng` has the SYN-ACKs and no
  SYN: the two lanes split at r1/r2 and meet again at them.
- `fw2/kernel-log.txt`: `INVALID IN=fw2-r2 OUT=fw2-r1 ... SRC=10.0.2.10 DST=10.0.1.10 ...
  SPT=8080 DPT=40001 ... ACK SYN` — the drop itself.
- `fw2/nft-ruleset.nft` / `.json`: the `ct state invalid` counter is non-zero; on fw1 it is 0.
- `fw1/conntrack-list.txt` and `conntrack-events.txt`: a `SYN_SENT ... [UNREPLIED]` entry for the
  flow — fw1 saw the start of a conversation that never got an answer through it.
- `r1/vtysh-show-ip-route.*` and `r2/vtysh-show-ip-route.*`: the two equal-cost next hops;
  `r1/ip-route-get.txt` (asked with the flow's ports) names fw1, `r2/ip-route-get.txt` names fw2.
- `client/traceroute-tcp.txt` (same 5-tuple) passes 10.0.11.2 (fw1); `server/traceroute-tcp.txt`
  (the reverse 5-tuple) passes 10.0.22.1 (fw2). Different middle hops from the two ends.

## The fix

Make both directions of a flow cross the same firewall: pin the prefix to one firewall on both
routers (remove the second ECMP next hop, or use symmetric hashing / a consistent hash on both
sides), or run the firewalls as a cluster with connection-state sync (e.g. conntrackd) so either
member can accept the other's flows. Confirm by retrying the same 5-tuple: the SYN-ACK then passes.
EOF
    case_end
}
