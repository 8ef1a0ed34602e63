# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case nat-return-miss: source NAT on edge1, the reply comes back through edge2.
#
#                      +-- edge1 (snat to 192.0.2.1) --+
#  client -- r1 -------+                                isp -- server
#                      +-- edge2 (same NAT pool) ------+
#
# Both edges translate the office to the shared public pool 192.0.2.0/28. r1 sends everything
# to edge1; the upstream router isp routes the pool to edge2. The server's SYN-ACK to 192.0.2.1
# reaches edge2, which holds no translation for it: conntrack calls it INVALID and drops it.

# loaded before the usual stateful FW_RULES (lib.sh) on each edge
NAT_RULES='table ip nat {
	chain postrouting {
		type nat hook postrouting priority srcnat; policy accept;
		ip saddr 10.0.1.0/24 oifname "EDGE-isp" counter snat to 192.0.2.1
	}
}'

case_main() {
    case_begin nat-return-miss
    local C=10.0.1.10 S=203.0.113.10 P=192.0.2.1 SPORT=40001 DPORT=8080 h
    for h in client r1 edge1 edge2 isp server; do ns "$h"; done
    for h in r1 edge1 edge2 isp; do router "$h"; done
    link client $C/24 r1 10.0.1.1/24
    link r1 10.0.3.1/24 edge1 10.0.3.2/24
    link r1 10.0.4.1/24 edge2 10.0.4.2/24
    link edge1 198.51.100.1/30 isp 198.51.100.2/30
    link edge2 198.51.100.5/30 isp 198.51.100.6/30
    link isp 203.0.113.1/24 server $S/24
    inns client ip route add default via 10.0.1.1
    inns r1 ip route add default via 10.0.3.2
    inns edge1 ip route add default via 198.51.100.2
    inns edge1 ip route add 10.0.1.0/24 via 10.0.3.1
    inns edge2 ip route add default via 198.51.100.6
    inns edge2 ip route add 10.0.1.0/24 via 10.0.4.1
    # the shared NAT pool is routed to edge2 only (edge1's announcement was lost)
    inns isp ip route add 192.0.2.0/28 via 198.51.100.5
    inns server ip route add default via 203.0.113.1
    for h in edge1 edge2; do
        firewall "$h" "${NAT_RULES//EDGE/$h}"
    done

    server server $S $DPORT 9
    collect client $S $DPORT $SPORT client
    collect server $P $SPORT $DPORT server
    collect r1 $S $DPORT $SPORT middle --from $C
    collect edge1 $S $DPORT $SPORT middle --from $C
    collect edge2 $S $DPORT $SPORT middle --from $C
    collect isp $P $SPORT $DPORT middle --from $S
    collect_wait_open client server r1 edge1 edge2 isp
    connect_must_fail $C $S $SPORT $DPORT
    collect_wait_done
    shift_clock server -0.8

    local syn synack
    flow_filters $SPORT $DPORT
    expect_syn_unanswered
    expect_packets edge1 "$syn && ip.src==$P" -ge 2 "edge1 sent the SYN out translated to $P"
    expect_packets edge1 "$synack" -eq 0 "no SYN-ACK at edge1"
    expect_packets server "$syn && ip.src==$P" -ge 2 "server got the SYN from the pool address"
    expect_packets server "$synack && ip.dst==$P" -ge 1 "server answered to the pool address"
    expect_packets edge2 "$synack && ip.dst==$P" -ge 1 "SYN-ACK for $P reached edge2"
    expect_packets edge2 "ip.dst==$C" -eq 0 "edge2 never sent anything on to the client"
    expect_grep edge2/kernel-log.txt "INVALID IN=edge2-isp OUT=.*SRC=$S DST=$P .*SPT=8080 DPT=40001" "INVALID log line for the SYN-ACK at edge2"
    expect_grep edge1/conntrack-list.txt "SYN_SENT .*src=$C dst=$S sport=40001 dport=8080 .*UNREPLIED.* dst=$P " "edge1 holds the NAT mapping"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "Two NAT edges share one public pool; the client's connection is translated by edge1 to $P:$SPORT, the upstream routes the pool to edge2. Collected with bothways-collect on every host. Lab: samples/lab/run nat-return-miss."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"nat-return-miss", "at":"edge2", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "translated":{"host":"edge1", "flow":"tcp $P:$SPORT > $S:$DPORT"},
 "died":{"packet":"SYN-ACK","lane":"return","seenAt":["server","isp","edge2"],"notSeenAt":["edge1","r1","client"]},
 "forward":["client","r1","edge1","isp","server"], "return":["server","isp","edge2"],
 "clockOffsets":{"client":0,"r1":0,"edge1":0,"edge2":0,"isp":0,"server":-0.8},
 "why":"edge1 translates the SYN's source to $P (snat, conntrack entry with the reply tuple dst=$P in edge1/conntrack-list.txt). The upstream router isp routes the pool 192.0.2.0/28 to edge2 (isp/ip-route.txt), so the SYN-ACK to $P:$SPORT arrives at edge2, which has no translation for it; its conntrack classifies the packet as INVALID and nftables drops it (edge2/kernel-log.txt). The client never sees a SYN-ACK and retransmits its SYN."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# NAT return miss: the reply comes back to the edge that did not translate

## Topology

```
                                 +-- edge1 10.0.3.2 | 198.51.100.1 --+
client 10.0.1.10 -- r1 ----------+                                   isp -- server 203.0.113.10
                                 +-- edge2 10.0.4.2 | 198.51.100.5 --+
```

The office 10.0.1.0/24 reaches the outside through two edge routers. Both translate the office
to the same public NAT pool, 192.0.2.0/28 (`snat to 192.0.2.1`), and both are stateful
(`ct state invalid ... drop`). r1 sends all outbound traffic to edge1. The upstream router `isp`
routes the pool to edge2 only — edge1's route to the pool is missing upstream.

## What happened to each packet

1. The client sends a **SYN** `10.0.1.10:40001 > 203.0.113.10:8080`; r1 forwards it to edge1.
2. edge1 creates a conntrack entry with a NAT mapping and rewrites the source:
   `192.0.2.1:40001 > 203.0.113.10:8080`. isp delivers it to the server.
3. The server answers with a **SYN-ACK** `203.0.113.10:8080 > 192.0.2.1:40001`.
4. isp looks up 192.0.2.1, finds `192.0.2.0/28 via 198.51.100.5` and sends the SYN-ACK to
   **edge2**.
5. edge2 has no conntrack entry and so no translation for this packet: it is `INVALID`, logged and
   dropped. Even without the drop rule edge2 could not have delivered it: only edge1 knows that
   192.0.2.1:40001 means 10.0.1.10:40001.
6. The client retransmits the SYN (same path, same result) and gives up after 4 s.

## The evidence

- `client/capture.pcapng`: SYNs from 10.0.1.10:40001, no SYN-ACK.
- `edge1/capture.pcapng`: each SYN twice — arriving from r1 with source 10.0.1.10 and leaving to
  isp with source 192.0.2.1 (the translation, seen at one capture point). No SYN-ACK ever comes
  back to edge1.
- `edge1/conntrack-list.txt` / `conntrack-events.txt`: `SYN_SENT src=10.0.1.10 ... [UNREPLIED]
  src=203.0.113.10 dst=192.0.2.1` — the mapping waits for a reply that never comes.
- `server/capture.pcapng`: SYNs from 192.0.2.1 and SYN-ACKs back to 192.0.2.1. The server's
  capture clock runs 0.8 s behind the others.
- `isp/ip-route.txt`: `192.0.2.0/28 via 198.51.100.5` — the pool points at edge2.
- `edge2/capture.pcapng` and `edge2/kernel-log.txt`: the SYN-ACK to 192.0.2.1 arrives and is
  logged `INVALID IN=edge2-isp ...`; nothing goes on toward the office.
- Traceroutes: the client's path goes out through 10.0.3.2 (edge1); the server's path to
  192.0.2.1 goes through 198.51.100.5 (edge2) — and then bounces between isp and edge2, because
  edge2 has no translation and no route for the pool except back upstream.

## The fix

Route the return traffic for each translator's addresses back to that translator: give each edge
its own pool (or its own interface address for masquerade) and announce it only from that edge,
or run the edges as a NAT cluster that shares translation state. Then check that the pool's route
upstream points at the edge that owns the mapping.
EOF
    case_end
}
