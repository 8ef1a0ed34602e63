#!/bin/sh
# How the paths fixtures in this folder were made: real traceroute 2.1.2, tracepath (iputils
# 20221126) and mtr 0.95 output in five throwaway network namespaces, run as root. Names resolve
# from /etc/netns/bwt-c/hosts only (no DNS), and everything is deleted at the end.
#
#   client bwt-c 10.1.0.2 -- r1 -- r2 -- server bwt-s 10.3.0.2        (forward: 3 hops)
#                              \    /
#                               r3                                     (r2 returns to 10.1/24 via r3:
#                                                                       replies come back over 4 hops)
# r1 also load-balances 10.9.9.9 (a loopback address of r2) over r2 and r3 (L4 hash), and r2
# holds prohibit / unreachable / blackhole routes for 10.3.0.99 / .98 / .97.
set -e
NS="bwt-c bwt-r1 bwt-r2 bwt-r3 bwt-s"
for n in $NS; do ip netns add $n; ip -n $n link set lo up; done
link() { ip link add $2 netns $1 type veth peer name $4 netns $3; ip -n $1 link set $2 up; ip -n $3 link set $4 up; }
link bwt-c c0 bwt-r1 r1c
link bwt-r1 r1r2 bwt-r2 r2r1
link bwt-r1 r1r3 bwt-r3 r3r1
link bwt-r2 r2r3 bwt-r3 r3r2
link bwt-r2 r2s bwt-s s0
addr() { ip -n $1 addr add $3 dev $2 ${4:-}; }
addr bwt-c c0 10.1.0.2/24; addr bwt-c c0 2001:db8:1::2/64 nodad
addr bwt-r1 r1c 10.1.0.1/24; addr bwt-r1 r1c 2001:db8:1::1/64 nodad
addr bwt-r1 r1r2 10.2.0.1/24; addr bwt-r1 r1r2 2001:db8:2::1/64 nodad
addr bwt-r1 r1r3 10.4.0.1/24
addr bwt-r2 r2r1 10.2.0.2/24; addr bwt-r2 r2r1 2001:db8:2::2/64 nodad
addr bwt-r2 r2s 10.3.0.1/24; addr bwt-r2 r2s 2001:db8:3::1/64 nodad
addr bwt-r2 r2r3 10.5.0.1/24
addr bwt-r2 lo 10.9.9.9/32
addr bwt-r3 r3r1 10.4.0.2/24
addr bwt-r3 r3r2 10.5.0.2/24
addr bwt-s s0 10.3.0.2/24; addr bwt-s s0 2001:db8:3::2/64 nodad
for n in $NS; do # no ICMP rate limit, so every probe gets its answer
  ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_msgs_per_sec=100000 net.ipv6.icmp.ratelimit=0
done
for r in bwt-r1 bwt-r2 bwt-r3; do
  ip netns exec $r sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1 \
      net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.fib_multipath_hash_policy=1
done
ip -n bwt-c route add default via 10.1.0.1; ip -n bwt-c -6 route add default via 2001:db8:1::1
ip -n bwt-s route add default via 10.3.0.1; ip -n bwt-s -6 route add default via 2001:db8:3::1
ip -n bwt-r1 route add 10.3.0.0/24 via 10.2.0.2
ip -n bwt-r1 route add 10.5.0.0/24 via 10.4.0.2
ip -n bwt-r1 route add 10.9.9.9/32 nexthop via 10.2.0.2 nexthop via 10.4.0.2
ip -n bwt-r1 -6 route add 2001:db8:3::/64 via 2001:db8:2::2
ip -n bwt-r2 route add 10.1.0.0/24 via 10.5.0.2
ip -n bwt-r2 route add 10.4.0.0/24 via 10.5.0.2
ip -n bwt-r2 -6 route add 2001:db8:1::/64 via 2001:db8:2::1
ip -n bwt-r2 route add prohibit 10.3.0.99/32
ip -n bwt-r2 route add unreachable 10.3.0.98/32
ip -n bwt-r2 route add blackhole 10.3.0.97/32
ip -n bwt-r3 route add 10.1.0.0/24 via 10.4.0.1
ip -n bwt-r3 route add 10.2.0.0/24 via 10.4.0.1
ip -n bwt-r3 route add 10.3.0.0/24 via 10.5.0.1
ip -n bwt-r3 route add 10.9.9.9/32 via 10.5.0.1
mkdir -p /etc/netns/bwt-c
cat > /etc/netns/bwt-c/hosts <<'HOSTS'
10.1.0.1 r1-lan.lab.example
10.2.0.2 r2-core.lab.example
10.3.0.1 r2-srv.lab.example
10.3.0.2 server.lab.example
10.4.0.2 r3-core.lab.example
10.5.0.1 r2-back.lab.example
10.9.9.9 r2-loop.lab.example
2001:db8:1::1 r1-lan6.lab.example
2001:db8:2::2 r2-core6.lab.example
2001:db8:3::2 server6.lab.example
HOSTS
echo "nameserver 127.0.0.1" > /etc/netns/bwt-c/resolv.conf
ip netns exec bwt-c ping -c1 -W1 10.3.0.2 >/dev/null
ip netns exec bwt-c ping -6 -c1 -W2 2001:db8:3::2 >/dev/null || true

out() { # out NAME COMMAND...
  name=$1; shift
  body=$(ip netns exec bwt-c timeout 60 "$@" 2>&1) && rc=0 || rc=$?
  printf '#@ bothways-collect 1\n#@ host: client\n#@ command: %s\n#@ exit: %s\n%s\n' "$*" "$rc" "$body" > "$name"
}
out traceroute-udp-n.txt traceroute -n -w 1 -m 6 10.3.0.2
out traceroute-udp-names.txt traceroute -w 1 -m 6 10.3.0.2
out traceroute-tcp.txt traceroute -T -p 80 -n -w 1 -m 6 10.3.0.2
out traceroute-icmp.txt traceroute -I -n -w 1 -m 6 10.3.0.2
out traceroute-ecmp.txt traceroute -n -w 1 -m 5 -q 6 10.9.9.9
out traceroute-prohibited.txt traceroute -n -w 1 -m 5 10.3.0.99
out traceroute-unreachable.txt traceroute -n -w 1 -m 5 10.3.0.98
out traceroute-blackhole.txt traceroute -n -w 1 -m 4 10.3.0.97
out traceroute-back.txt traceroute --back -n -w 1 -m 6 10.3.0.2
out traceroute6.txt traceroute -6 -n -w 1 -m 5 2001:db8:3::2
out tracepath-n.txt tracepath -n -m 6 10.3.0.2
out tracepath-names.txt tracepath -m 6 10.3.0.2
out tracepath6.txt tracepath -6 -n -m 6 2001:db8:3::2
out mtr-json.txt mtr --json -n -c 3 -i 0.2 10.3.0.2
out mtr-report.txt mtr --report -n -c 3 -i 0.2 10.3.0.2
out mtr-report-wide.txt mtr --report-wide -c 3 -i 0.2 10.3.0.2
for n in $NS; do ip netns del $n; done
rm -r /etc/netns/bwt-c
