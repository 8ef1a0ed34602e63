# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case policy-routing-reply: the server's ip rule sends replies out of its second uplink.
#
#                +-- fwa -- server-fwa 10.0.2.10 --+
#  client -- r1 -+                                  server (ip rule from 10.0.2.10 lookup 100)
#                +-- fwb -- server-fwb 10.0.3.10 --+
#
# The SYN comes in through fwa. A policy rule on the server (from 10.0.2.10 lookup 100, table 100:
# default via fwb) sends the SYN-ACK out through fwb, a stateful firewall that never saw the SYN.

case_main() {
    case_begin policy-routing-reply
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080
    two_uplink_topology fwa 7 fwb 8
    # r1 reaches each of the server's networks through its own firewall
    inns r1 ip route add 10.0.2.0/24 via 10.0.7.2
    inns r1 ip route add 10.0.3.0/24 via 10.0.8.2
    # the second uplink's table, and a rule that picks it for the wrong source address
    inns server ip route add default via 10.0.3.1 dev server-fwb table 100
    inns server ip route add 10.0.3.0/24 dev server-fwb src 10.0.3.10 table 100
    inns server ip rule add from $S lookup 100 priority 100
    firewall fwa
    firewall fwb

    server server $S $DPORT 9
    collect client $S $DPORT $SPORT client
    collect server $C $SPORT $DPORT server --from $S
    collect r1 $S $DPORT $SPORT middle --from $C
    collect fwa $S $DPORT $SPORT middle --from $C
    collect fwb $C $SPORT $DPORT middle --from $S
    collect_wait_open client server r1 fwa fwb
    connect_must_fail $C $S $SPORT $DPORT
    collect_wait_done

    local syn synack
    flow_filters $SPORT $DPORT
    expect_syn_unanswered
    expect_packets fwa "$syn" -ge 2 "SYN passed fwa"
    expect_packets fwa "$synack" -eq 0 "no SYN-ACK at fwa"
    expect_packets server "$synack" -ge 1 "server answered with SYN-ACK"
    expect_packets fwb "$synack" -ge 1 "SYN-ACK arrived at fwb"
    expect_grep fwb/kernel-log.txt "INVALID IN=fwb-server OUT=fwb-r1 .*SRC=$S DST=$C .*SPT=8080 DPT=40001" "INVALID log line at fwb"
    expect_grep server/ip-rule.txt "from $S lookup 100" "the policy rule on the server"
    expect_grep server/ip-route-get.txt "via 10.0.3.1 dev server-fwb" "server's route get for the reply leaves via fwb"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "The server has two uplinks, each behind its own stateful firewall (fwa, fwb). Collected with bothways-collect on every host. Lab: samples/lab/run policy-routing-reply."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"asymmetric-stateful-drop", "at":"fwb", "cause":{"host":"server","artifact":"server/ip-rule.txt","what":"ip rule 100: from $S lookup 100 (default via 10.0.3.1 dev server-fwb)"},
 "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":{"packet":"SYN-ACK","lane":"return","seenAt":["server","fwb"],"notSeenAt":["fwa","r1","client"]},
 "forward":["client","r1","fwa","server"], "return":["server","fwb"],
 "clockOffsets":{"client":0,"r1":0,"fwa":0,"fwb":0,"server":0},
 "why":"The SYN reaches the server through fwa. The server's policy rule 'from $S lookup 100' (server/ip-rule.txt) sends everything sourced from $S by table 100, whose default route leaves through server-fwb toward fwb (server/ip-route.txt, ip-route-get.txt). fwb never saw the SYN, so conntrack calls the SYN-ACK INVALID and nftables drops it (fwb/kernel-log.txt, counter in fwb/nft-ruleset.nft). The divergence is on the server itself."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# Policy routing on the server sends the reply out of the wrong uplink

## Topology

```
                   +-- fwa -- (10.0.2.1) server-fwa 10.0.2.10 --+
client 10.0.1.10 -- r1                                            server
                   +-- fwb -- (10.0.3.1) server-fwb 10.0.3.10 --+
```

The server has two uplinks, each behind its own stateful firewall. The service address
10.0.2.10 is on the fwa side and the main routing table's default route points at fwa. Someone
added a policy rule meant for the second uplink, but wrote it for the wrong source:
`ip rule add from 10.0.2.10 lookup 100`, where table 100 has `default via 10.0.3.1 dev server-fwb`.

## What happened to each packet

1. The client sends a **SYN** `10.0.1.10:40001 > 10.0.2.10:8080`; r1 sends it to fwa, fwa
   records a new connection and delivers it to the server on server-fwa.
2. The server answers with a **SYN-ACK** from 10.0.2.10. Before the main table is consulted, rule
   100 matches the source address, and table 100 sends the packet out through **server-fwb**.
3. **fwb** never saw the SYN; its conntrack calls the SYN-ACK `INVALID`, the nftables rule logs
   and drops it.
4. The client retransmits the SYN; each one gets the same treatment. After 4 s it gives up.

## The evidence

- `client/capture.pcapng`: SYNs, no SYN-ACK. `fwa/capture.pcapng`: SYNs only.
- `server/capture.pcapng`: SYN in on server-fwa, SYN-ACK out on server-fwb — the divergence is
  visible inside one host (look at the interface of each packet).
- `server/ip-rule.txt`: `100: from 10.0.2.10 lookup 100`; `server/ip-route.txt`: table 100's
  default route via 10.0.3.1; `server/ip-route-get.txt` (asked with the flow's ports) answers
  `via 10.0.3.1 dev server-fwb`.
- `fwb/kernel-log.txt`: `INVALID IN=fwb-server OUT=fwb-r1 ... SRC=10.0.2.10 DST=10.0.1.10 ...
  SPT=8080 DPT=40001 ... ACK SYN`; the `ct state invalid` counter in `fwb/nft-ruleset.nft`.

## The fix

Make replies leave through the interface their connection came in on: fix the rule to select the
second uplink's own source (`from 10.0.3.10 lookup 100`), or mark connections by incoming
interface and route replies by that mark (`ct mark` / `fwmark` rules with `src_valid_mark`).
Verify with `ip route get 10.0.1.10 from 10.0.2.10 ipproto tcp sport 8080 dport 40001`.
EOF
    case_end
}
