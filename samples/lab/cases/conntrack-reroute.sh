# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case conntrack-reroute: an established flow, then a route change moves its forward lane to
# another firewall mid-flow.
#
#             +-- fw1 --+
#  client -- r1          r2 -- server
#             +-- fw2 --+
#
# The connection is set up and exchanges lines through fw1 in both directions. Then r1's route to
# the server is switched to fw2 (say, fw1 is being drained). fw2 has no state for the flow and,
# like most firewalls, does not pick up connections mid-stream (nf_conntrack_tcp_loose=0), so the
# client's next data segment is INVALID there and dropped. The return lane still crosses fw1.

case_main() {
    case_begin conntrack-reroute
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080 h
    fw_pair_topology
    inns r1 ip route add 10.0.2.0/24 via 10.0.11.2
    inns r2 ip route add 10.0.1.0/24 via 10.0.21.1
    for h in fw1 fw2; do
        inns "$h" sysctl -qw net.netfilter.nf_conntrack_tcp_loose=0 net.netfilter.nf_conntrack_acct=1
    done

    server server $S $DPORT 30 --echo
    fw_pair_collect $C $S $SPORT $DPORT
    # a long-lived connection: one line every 0.5 s, each echoed; 4 s timeout per line
    bg client client --src $C --sport $SPORT --dst $S --dport $DPORT --timeout 4 --chat 20 --interval 0.5
    local cpid=$!
    sleep 2.2
    say "mid-flow route change on r1: 10.0.2.0/24 now via fw2"
    inns r1 ip route replace 10.0.2.0/24 via 10.0.12.2
    wait "$cpid" && fail "the connection survived the reroute; the case needs it to fail"
    collect_wait_done

    local data='tcp.srcport==40001 && tcp.len>0'
    expect_packets client "tcp.flags.syn==1 && tcp.flags.ack==1" -eq 1 "handshake completed at the client"
    expect_packets fw1 "$data" -ge 4 "the first lines went through fw1"
    expect_packets fw2 "$data" -ge 2 "after the change the client's data reaches fw2 (and is retransmitted)"
    expect_packets fw2 "tcp.flags.syn==1" -eq 0 "fw2 never saw the handshake"
    expect_packets server "tcp.analysis.retransmission && tcp.srcport==40001" -eq 0 "no retransmission reached the server"
    expect_grep fw2/kernel-log.txt "INVALID IN=fw2-r1 OUT=fw2-r2 .*SRC=$C DST=$S .*SPT=40001 DPT=8080" "INVALID log line at fw2"
    expect_grep fw1/conntrack-list.txt "ESTABLISHED src=$C dst=$S sport=40001 dport=8080" "fw1 still holds the established entry"
    expect_grep r1/ip-route.txt "10.0.2.0/24 via 10.0.12.2 dev r1-fw2" "r1's route now points at fw2"
    expect_grep fw2/sysctl.txt "nf_conntrack_tcp_loose = 0" "fw2 does not pick up mid-stream flows"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "A long-lived connection (one line every 0.5 s, echoed). During the capture window r1's route to 10.0.2.0/24 was changed from fw1 to fw2. Routing tables were collected after the window. Lab: samples/lab/run conntrack-reroute."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"asymmetric-stateful-drop", "at":"fw2", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "trigger":"mid-flow route change on r1 (10.0.2.0/24 via fw1 -> via fw2)",
 "died":{"packet":"data","lane":"forward","seenAt":["client","r1","fw2"],"notSeenAt":["r2","server"],
         "note":"the first data segment after the route change and all its retransmissions"},
 "forward":["client","r1","fw2","r2","server"], "forwardBefore":["client","r1","fw1","r2","server"], "return":["server","r2","fw1","r1","client"],
 "clockOffsets":{"client":0,"r1":0,"fw1":0,"fw2":0,"r2":0,"server":0},
 "why":"The connection was set up and carried data through fw1 in both directions (fw1/capture.pcapng, fw1/conntrack-list.txt: ESTABLISHED with packet counters). Mid-flow r1's route to 10.0.2.0/24 changed to fw2 (r1/ip-route.txt, collected after the window). fw2 has nf_conntrack_tcp_loose=0 (fw2/sysctl.txt), so a data segment of a connection it never saw start is INVALID: it is logged and dropped (fw2/kernel-log.txt). The client retransmits the segment until it times out; the server never gets it."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# Mid-flow reroute: an established connection dies on the new path

## Topology

```
                  +-- fw1 (10.0.11.2 / 10.0.21.1) --+
client 10.0.1.10 -- r1                               r2 -- server 10.0.2.10
                  +-- fw2 (10.0.12.2 / 10.0.22.1) --+
```

At first both directions go through fw1: r1 routes 10.0.2.0/24 via fw1, r2 routes 10.0.1.0/24
via fw1. The firewalls are stateful and, like most firewalls, refuse to adopt a TCP connection in
the middle (`net.netfilter.nf_conntrack_tcp_loose = 0`): a packet of a connection whose start
they did not see is `INVALID`.

## What happened to each packet

1. The client connects `10.0.1.10:40001 > 10.0.2.10:8080` through fw1; fw1 tracks it
   (`ESTABLISHED`). The client sends a line every half second; the server echoes each.
2. About two seconds in, r1's route changes: 10.0.2.0/24 now goes **via fw2** (fw1 being drained
   for maintenance). r2 still sends the return traffic through fw1.
3. The client's next line goes r1 → **fw2**. fw2 has no entry for the connection and does not pick
   up mid-stream connections: the segment is `INVALID`, logged and dropped.
4. The client retransmits the segment with growing back-off; every copy dies at fw2. The server
   hears nothing more and has nothing to send. After 4 s without an echo the client gives up.

## The evidence

- `client/capture.pcapng`: a complete handshake, lines and echoes, then one data segment
  retransmitted again and again with no ACK.
- `fw1/capture.pcapng`: the handshake and the first lines in both directions; then nothing
  from the client. `fw1/conntrack-list.txt`: the connection still `ESTABLISHED` with its packet
  counters — fw1 has the state, but the traffic no longer comes to it.
- `fw2/capture.pcapng`: only the client's data segment and its retransmissions, never a
  handshake. `fw2/kernel-log.txt`: `INVALID IN=fw2-r1 OUT=fw2-r2 ... SPT=40001 DPT=8080 ...
  ACK PSH`. `fw2/sysctl.txt`: `nf_conntrack_tcp_loose = 0`. The `ct state invalid` counter in
  `fw2/nft-ruleset.nft` is non-zero.
- `r1/ip-route.txt` (collected after the window): `10.0.2.0/24 via 10.0.12.2 dev r1-fw2`, while
  `r2/ip-route.txt` still sends 10.0.1.0/24 through fw1 — the lanes now diverge.
- `server/capture.pcapng`: the conversation simply stops.

## The fix

Move flows between stateful devices only together with their state (firewall clustering with
state sync, or drain by stopping new connections first and waiting for old ones to finish), and
change routes symmetrically. If mid-stream pickup is acceptable for this traffic, enabling it
(`nf_conntrack_tcp_loose = 1`) on the new firewall also saves the established flows.
EOF
    case_end
}
