# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case rpfilter-strict: a multi-homed server with strict reverse-path filtering.
#
#                +-- ra (10.0.2.0/24) -- server-ra 10.0.2.10 --+
#  client -- r1 -+                                              server (rp_filter=1)
#                +-- rb (10.0.3.0/24) -- server-rb 10.0.3.10 --+
#
# r1 reaches the server's address 10.0.2.10 through rb (a route left over from maintenance), so
# the SYN arrives on server-rb. The server would answer 10.0.1.10 through server-ra (its default
# route), so strict rp_filter drops the SYN as a martian before TCP sees it.

case_main() {
    case_begin rpfilter-strict
    local C=10.0.1.10 S=10.0.2.10 SPORT=40001 DPORT=8080
    two_uplink_topology ra 5 rb 6
    # r1 sends both of the server's networks to rb, and rb knows 10.0.2.0/24 via server-rb
    inns r1 ip route add 10.0.2.0/24 via 10.0.6.2
    inns r1 ip route add 10.0.3.0/24 via 10.0.6.2
    inns rb ip route add 10.0.2.0/24 via 10.0.3.10
    inns server sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.default.rp_filter=1 \
        net.ipv4.conf.server-ra.rp_filter=1 net.ipv4.conf.server-rb.rp_filter=1 \
        net.ipv4.conf.all.log_martians=1 net.ipv4.conf.default.log_martians=1 \
        net.ipv4.conf.server-ra.log_martians=1 net.ipv4.conf.server-rb.log_martians=1

    server server $S $DPORT 9
    collect client $S $DPORT $SPORT client
    collect server $C $SPORT $DPORT server
    collect r1 $S $DPORT $SPORT middle --from $C
    collect ra $C $SPORT $DPORT middle --from $S
    collect rb $S $DPORT $SPORT middle --from $C
    collect_wait_open client server r1 ra rb
    connect_must_fail $C $S $SPORT $DPORT
    collect_wait_done

    local syn synack
    flow_filters $SPORT $DPORT
    expect_syn_unanswered
    expect_packets rb "$syn" -ge 2 "SYN went through rb"
    expect_packets server "$syn" -ge 2 "the SYN reached the server's wire (server-rb)"
    expect_packets server "$synack" -eq 0 "the server never answered"
    expect_packets ra "tcp" -eq 0 "nothing of the flow on ra"
    expect_grep server/kernel-log.txt "martian source $S from $C, on dev server-rb" "martian log line on the server"
    expect_grep server/kernel-log.txt "ll header" "the martian's ll header line"
    expect_grep server/sysctl.txt "net.ipv4.conf.server-rb.rp_filter = 1" "strict rp_filter on server-rb"

    # Not part of the case: confirm that loose mode (2) fixes it, from another source port
    inns server sysctl -qw net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.server-rb.rp_filter=2 net.ipv4.conf.server-ra.rp_filter=2
    server server $S $DPORT 5
    client client --src $C --sport 40101 --dst $S --dport $DPORT --timeout 4 || fail "loose rp_filter did not fix the flow"
    say "check ok: with rp_filter=2 (loose) the same connection works"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "The server has two uplinks (server-ra 10.0.2.10 via ra, server-rb 10.0.3.10 via rb) and rp_filter=1 with log_martians=1. Collected with bothways-collect on every host. Lab: samples/lab/run rpfilter-strict."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"rp-filter-drop", "at":"server", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":{"packet":"SYN","lane":"forward","seenAt":["client","r1","rb","server"],"notSeenAt":["ra"],
         "note":"the server's capture sees the SYN on server-rb: packet capture taps the wire before the kernel's reverse-path check drops it"},
 "forward":["client","r1","rb","server"], "return":[],
 "clockOffsets":{"client":0,"r1":0,"ra":0,"rb":0,"server":0},
 "why":"r1 routes 10.0.2.0/24 via rb (r1/ip-route.txt), so the SYN for 10.0.2.10 arrives on the server's second interface server-rb. The server's route back to 10.0.1.10 leaves through server-ra (default via 10.0.2.1, server/ip-route-get.txt), and server-rb has rp_filter=1 (strict, server/sysctl.txt), so the kernel drops the SYN as a martian (server/kernel-log.txt: 'martian source 10.0.2.10 from 10.0.1.10, on dev server-rb'). No SYN-ACK is ever sent. Loose mode (rp_filter=2) fixes it; the lab checks that after collecting."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# Strict rp_filter: the server drops the SYN that came in on its other interface

## Topology

```
                   +-- ra -- (10.0.2.1) server-ra 10.0.2.10 --+
client 10.0.1.10 -- r1                                          server
                   +-- rb -- (10.0.3.1) server-rb 10.0.3.10 --+
```

The server has two uplinks. Its service address 10.0.2.10 lives on server-ra, its default route
goes to ra. It runs the kernel's strict reverse-path filter (`rp_filter = 1`) with martian
logging on (`log_martians = 1`). On r1, a route left over from maintenance sends 10.0.2.0/24 to
rb, and rb knows the server's network through the server's second address 10.0.3.10.

## What happened to each packet

1. The client sends a **SYN** `10.0.1.10:40001 > 10.0.2.10:8080`. r1 sends it to **rb**, rb
   hands it to the server's second interface **server-rb**.
2. Before delivering it, the server's kernel asks: "if I sent a packet to 10.0.1.10, which
   interface would I use?" The answer is **server-ra** (the default route). The packet came in on
   server-rb, so the strict check fails.
3. The kernel drops the SYN and logs `martian source 10.0.2.10 from 10.0.1.10, on dev server-rb`
   followed by the packet's link-layer header (`ll header: ...`).
4. TCP on the server never sees the SYN, so there is no SYN-ACK. The client retransmits the SYN
   and gives up after 4 s.

## The evidence

- `client/capture.pcapng`: SYN and retransmissions, nothing back.
- `server/capture.pcapng`: the SYNs *are* in the server's capture, on interface server-rb
  (capture sees packets before the reverse-path check) — and the server never sends a SYN-ACK.
  This is the signature of a host-local drop: the packet reached the host and died inside it.
- `server/kernel-log.txt`: the `martian source` lines with their `ll header` lines.
- `server/sysctl.txt`: `net.ipv4.conf.server-rb.rp_filter = 1` (strict); `log_martians = 1`.
- `server/ip-route.txt` / `ip-route-get.txt`: the route back to 10.0.1.10 uses server-ra.
- `r1/ip-route.txt`: `10.0.2.0/24 via 10.0.6.2` (rb); `ra/capture.pcapng` has nothing of the
  flow.

## The fix

Either make the path symmetric (fix r1's route so traffic for 10.0.2.10 comes in through ra), or,
where arriving on either uplink is legitimate, switch the server to loose mode
(`sysctl net.ipv4.conf.all.rp_filter=2` and the same on the interfaces): loose mode only checks
that the source is reachable through *some* interface. The lab verified after collecting that
with `rp_filter = 2` the same connection (from another source port) succeeds.
EOF
    case_end
}
