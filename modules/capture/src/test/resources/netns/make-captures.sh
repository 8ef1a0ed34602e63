#!/bin/sh
# Makes the real captures in this folder (run as root; touches only its own namespaces capt-a, capt-b).
# Two namespaces joined by a veth pair: capt-a (client, 10.250.0.1 on cva) and capt-b (server,
# 10.250.0.2 on cvb). Each end is captured twice: tcpdump (pcap) and dumpcap with filter "tcp" (pcapng,
# which records if_name, if_filter, if_tsresol and an interface statistics block at the end).
# Traffic: a completed TCP exchange to :8080, a connection refused by RST on :9, and a SYN to :7070
# that capt-b's nftables drops, so the client retransmits it unanswered.
# Then: editcap -t 0.25 server-cvb.pcap server-cvb-shifted.pcapng (the server clock 250 ms fast; editcap writes pcapng).
set -eu
out=$(cd "$(dirname "$0")" && pwd)
cleanup() {
    ip netns del capt-a 2>/dev/null || true
    ip netns del capt-b 2>/dev/null || true
}
trap cleanup EXIT
cleanup
ip netns add capt-a
ip netns add capt-b
ip link add cva netns capt-a type veth peer name cvb netns capt-b
ip -n capt-a addr add 10.250.0.1/24 dev cva
ip -n capt-b addr add 10.250.0.2/24 dev cvb
ip -n capt-a link set cva up
ip -n capt-b link set cvb up
ip -n capt-a link set lo up
ip -n capt-b link set lo up
ip netns exec capt-b nft add table inet capt
ip netns exec capt-b nft add chain inet capt input '{ type filter hook input priority 0; }'
ip netns exec capt-b nft add rule inet capt input tcp dport 7070 drop
ip netns exec capt-b python3 -c '
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("10.250.0.2", 8080)); s.listen(1)
c, _ = s.accept(); c.recv(100); c.sendall(b"hello back\n"); c.close()
' &
server=$!
ip netns exec capt-a tcpdump -q -i cva -w "$out/client-cva.pcap" 2>/dev/null &
t1=$!
ip netns exec capt-b tcpdump -q -i cvb -w "$out/server-cvb.pcap" 2>/dev/null &
t2=$!
ip netns exec capt-a dumpcap -q -i cva -w "$out/client-cva.pcapng" 2>/dev/null &
d1=$!
ip netns exec capt-b dumpcap -q -i cvb -f tcp -w "$out/server-cvb.pcapng" 2>/dev/null &
d2=$!
sleep 2
ip netns exec capt-a python3 -c '
import socket
c = socket.create_connection(("10.250.0.2", 8080)); c.sendall(b"hello\n"); c.recv(100); c.close()
try:
    socket.create_connection(("10.250.0.2", 9))
except ConnectionRefusedError:
    pass
try:
    socket.create_connection(("10.250.0.2", 7070), timeout=3.5)
except OSError:
    pass
'
sleep 1
kill -INT $t1 $t2 $d1 $d2
wait $t1 $t2 $d1 $d2 2>/dev/null || true
wait $server 2>/dev/null || true
editcap -t 0.25 "$out/server-cvb.pcap" "$out/server-cvb-shifted.pcapng"
# Derived cases for negative evidence:
# the SYN-ACK of :8080 lost before the client (frame 14 removed), and a server capture started late.
editcap "$out/client-cva.pcapng" "$out/client-cva-lost-synack.pcapng" 14
editcap -A "$(tshark -r "$out/server-cvb.pcapng" -Y 'tcp.dstport == 7070' -T fields -e frame.time_epoch -c 1 | cut -c1-15)" \
    "$out/server-cvb.pcapng" "$out/server-cvb-late.pcapng"
