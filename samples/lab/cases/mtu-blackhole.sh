# shellcheck shell=bash
# shellcheck disable=SC2034  # variables read by lib.sh
# Case mtu-blackhole (control: not asymmetry): small replies work, large ones stall.
#
#  client -- r1 ==(MTU 1400)== r2 -- server
#
# The r1-r2 link has MTU 1400. r2 filters the ICMP "fragmentation needed" messages it would
# send back to the server, so Path MTU discovery never learns the smaller MTU: full-size
# segments from the server vanish at r2. The path is symmetric.

R2_RULES='table inet filter {
	chain output {
		type filter hook output priority filter; policy accept;
		icmp type destination-unreachable icmp code frag-needed counter drop
	}
}'

case_main() {
    case_begin mtu-blackhole
    local C=10.0.1.10 S=10.0.2.10 SPORT=40002 DPORT=8080 h
    for h in client r1 r2 server; do ns "$h"; done
    for h in r1 r2; do router "$h"; done
    link client $C/24 r1 10.0.1.1/24
    link r1 10.0.9.1/24 r2 10.0.9.2/24 1400
    link r2 10.0.2.1/24 server $S/24
    inns client ip route add default via 10.0.1.1
    inns server ip route add default via 10.0.2.1
    inns r1 ip route add 10.0.2.0/24 via 10.0.9.2
    inns r2 ip route add 10.0.1.0/24 via 10.0.9.1
    nft_load r2 "$R2_RULES"

    server server $S $DPORT 9
    collect client $S $DPORT $SPORT client
    collect server $C $SPORT $DPORT server
    collect r1 $S $DPORT $SPORT middle --from $C
    collect r2 $C $SPORT $DPORT middle --from $S
    collect_wait_open client server r1 r2
    # a small request and reply first (works), then the flow of interest: a 20000-byte reply
    client client --src $C --sport 40001 --dst $S --dport $DPORT --timeout 4 --expect-bytes 200 \
        || fail "the small reply did not arrive"
    client client --src $C --sport $SPORT --dst $S --dport $DPORT --timeout 5 --expect-bytes 20000 \
        && fail "the large reply arrived; the case needs it to stall"
    collect_wait_done
    shift_clock client 1.2

    local big="tcp.srcport==8080 && tcp.dstport==$SPORT && tcp.len>1348"
    expect_packets client "tcp.dstport==40001 && tcp.srcport==8080 && tcp.len>0" -ge 1 "the small reply arrived"
    expect_packets client "tcp.srcport==8080 && tcp.dstport==$SPORT && tcp.flags.syn==1 && tcp.flags.ack==1" -eq 1 "the large flow's handshake completed"
    expect_packets server "$big" -ge 3 "the server sent full-size segments and retransmitted them"
    expect_packets r2 "$big" -ge 1 "full-size segments reached r2"
    expect_packets r1 "$big" -eq 0 "no full-size segment crossed the 1400 link"
    expect_packets client "$big" -eq 0 "no full-size segment reached the client"
    expect_packets r2 "icmp.type==3 && icmp.code==4" -eq 0 "no frag-needed left r2"
    expect_grep r2/nft-ruleset.nft "frag-needed counter packets [1-9]" "r2 counted the suppressed frag-needed messages"
    expect_grep r1/ip-addr.txt "r1-r2.* mtu 1400" "the 1400 MTU link"

    write_case_json "tcp $C:$SPORT > $S:$DPORT" \
        "Two requests: from source port 40001 a 200-byte reply (worked), from $SPORT a 20000-byte reply (stalled). Collected with bothways-collect on every host. Lab: samples/lab/run mtu-blackhole."
    write_json "$CASE_OUT/expected.json" <<EOF
{"verdict":"mtu-blackhole", "at":"r2", "flow":"tcp $C:$SPORT > $S:$DPORT",
 "died":{"packet":"data (full-size segments, 1500-byte IP packets with DF)","lane":"return","seenAt":["server","r2"],"notSeenAt":["r1","client"]},
 "forward":["client","r1","r2","server"], "return":["server","r2","r1","client"],
 "symmetric":true,
 "clockOffsets":{"client":1.2,"r1":0,"r2":0,"server":0},
 "why":"Not asymmetry: both lanes cross r1 and r2. The r1-r2 link has MTU 1400 (ip-addr.txt on r1/r2). The server sends 1500-byte packets with DF; r2 cannot forward them and would answer with ICMP fragmentation-needed, but its nftables output chain drops those (counter in r2/nft-ruleset.nft), so the server never lowers its segment size and keeps retransmitting. The handshake and the small reply on port 40001 work; only large segments die. Small works, large stalls: an MTU blackhole."}
EOF
    cat >"$CASE_OUT/narrative.md" <<'EOF'
# MTU blackhole (a control case): small works, large stalls

## Topology

```
client 10.0.1.10 -- r1 ==== MTU 1400 ==== r2 -- server 10.0.2.10
```

A simple, symmetric path. Every link has MTU 1500 except the one between r1 and r2, which has
MTU 1400 (think of a tunnel). r2 filters outgoing ICMP "destination unreachable, fragmentation
needed" messages — a common over-eager ICMP filter.

## What happened to each packet

1. The client connects from port 40001 and asks for a 200-byte reply. Every packet is small; it
   works.
2. The client connects from port 40002 and asks for 20000 bytes. The handshake works (small
   packets). The server starts sending full-size segments: 1500-byte IP packets with the
   "don't fragment" bit.
3. r2 must forward them onto the 1400-byte link. It cannot, so it drops each one and tries to tell
   the server with ICMP *fragmentation needed (MTU 1400)* — and its own firewall drops that ICMP.
4. The server never learns the smaller MTU. It retransmits the same full-size segments with
   growing back-off; the client waits for data that never comes and gives up after 5 s.

## The evidence

- `client/capture.pcapng`: the first connection completes with its reply; the second completes
  its handshake and request and then receives no data. The client's capture clock runs 1.2 s
  ahead of the others.
- `server/capture.pcapng`: 1448-byte segments (1500-byte packets) sent and retransmitted; no ICMP
  arrives.
- `r2/capture.pcapng`: the large segments arrive from the server and go no further.
  `r1/capture.pcapng` never sees them.
- `r2/nft-ruleset.nft`: the `frag-needed counter drop` rule's counter is non-zero.
- `r1/ip-addr.txt`, `r2/ip-addr.txt`: `mtu 1400` on the r1-r2 link.
- Both lanes are the same path (traceroutes from both ends are mirror images). Nothing stateful
  disagrees: this is not asymmetry, and a packet-size pattern (small works, large fails, ACKed
  handshake) is what tells them apart.

## The fix

Let ICMP fragmentation-needed through (PMTUD depends on it), or clamp the TCP MSS on the
routers of the small-MTU link (`tcp flags syn tcp option maxseg size set rt mtu`), or make the
MTU consistent along the path.
EOF
    case_end
}
