# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case healthy (control): the firewall-pair network with routing pinned to fw1 in both
# directions — symmetric, and the connection works.
#
#             +-- fw1 --+      (both directions)
#  client -- r1          r2 -- server
#             +-- fw2 --+      (idle)

case_main() {
    case_begin healthy
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080
    fw_pair_topology
    # one next hop on each router, both through fw1
    fw_pair_frr 10.0.11.2 10.0.21.1

    server server $S $DPORT 9
    fw_pair_collect $C $S $SPORT $DPORT
    client client --src $C --sport $SPORT --dst $S --dport $DPORT --timeout 4 --expect-bytes 2000 \
        || fail "the connection failed; the healthy case needs it to work"
    collect_wait_done

    expect_packets client "tcp.srcport==8080 && tcp.flags.syn==1 && tcp.flags.ack==1" -eq 1 "handshake at the client"
    expect_packets client "tcp.srcport==8080 && tcp.len>0" -ge 2 "reply data at the client"
    expect_packets client "tcp.analysis.retransmission" -eq 0 "no retransmissions"
    expect_packets fw1 "tcp.srcport==8080 && tcp.flags.syn==1 && tcp.flags.ack==1" -ge 1 "SYN-ACK through fw1"
    expect_packets fw2 "tcp" -eq 0 "nothing on fw2"
    expect_grep fw1/nft-ruleset.nft 'ct state invalid counter packets 0 ' "no INVALID drops on fw1"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "The firewall-pair network with both routers pinned to fw1. One connection that asked for a 2000-byte reply. Collected with bothways-collect on every host. Lab: samples/lab/run healthy."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"healthy", "at":null, "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":null,
 "forward":["client","r1","fw1","r2","server"], "return":["server","r2","fw1","r1","client"],
 "clockOffsets":{"client":0,"r1":0,"fw1":0,"fw2":0,"r2":0,"server":0},
 "why":"Both routers have a single next hop through fw1 (vtysh-show-ip-route on r1 and r2), so both lanes cross the same stateful firewall. The handshake, request, 2000-byte reply and close are seen at the client, fw1 and the server without retransmissions; fw2 sees nothing and no INVALID counter moved."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# Healthy (a control case): symmetric through one firewall

## Topology

```
                  +-- fw1 (10.0.11.2 / 10.0.21.1) --+   both directions
client 10.0.1.10 -- r1                               r2 -- server 10.0.2.10
                  +-- fw2 (10.0.12.2 / 10.0.22.1) --+   idle
```

The same network as the firewall-pair-ecmp case after its fix: r1 and r2 (FRR) each have a
single static next hop through fw1, so every flow crosses fw1 in both directions.

## What happened to each packet

1. The client sends a SYN from 10.0.1.10:40001 to 10.0.2.10:8080; r1 sends it to fw1, which
   records a new connection; r2 delivers it.
2. The server's SYN-ACK goes r2 → fw1 → r1 → client. fw1 matches it to the entry it created:
   `established`, accepted.
3. Request, a 2000-byte reply and the close follow the same way. No retransmissions.

## The evidence

- `client/capture.pcapng` and `server/capture.pcapng`: the complete conversation, each packet
  seen at both ends.
- `fw1/capture.pcapng`: every packet in both directions; `fw2/capture.pcapng`: nothing of the
  flow.
- `fw1/conntrack-list.txt` / `conntrack-events.txt`: the connection from NEW through
  ESTABLISHED to its close. The `ct state invalid` counters stay at 0.
- `r1/` and `r2/vtysh-show-ip-route.*`: one next hop each, both via fw1. Traceroutes from both
  ends cross fw1.

## The fix

Nothing to fix. This is what the other cases should look like.
EOF
    case_end
}
