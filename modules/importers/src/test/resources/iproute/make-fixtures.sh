#!/bin/sh
# How the fixtures in this folder were made: real iproute2 6.1.0 output from two throwaway network
# namespaces (bwp1, bwp2) joined by two veth pairs. Run as root; the namespaces are deleted at the end.
# Output files are named after the command; each starts with the command as a collector header.
set -e
ip netns add bwp1; ip netns add bwp2
ip link add v1 netns bwp1 type veth peer name v2 netns bwp2
ip link add d0 netns bwp1 type veth peer name d0p netns bwp2
A="ip netns exec bwp1"; B="ip netns exec bwp2"
for d in lo v1 d0; do $A ip link set $d up; done
for d in lo v2 d0p; do $B ip link set $d up; done
$A ip addr add 10.0.0.1/24 dev v1
$A ip addr add 10.0.0.9/24 dev v1 label v1:sec
$A ip addr add 2001:db8:1::1/64 dev v1 nodad
$A ip addr add 192.0.2.1/24 dev d0
$A ip addr add 192.0.2.2/24 dev d0
$B ip addr add 10.0.0.2/24 dev v2
$B ip addr add 2001:db8:1::2/64 dev v2 nodad
$B ip addr add 192.0.2.254/24 dev d0p
$A ip route add 198.51.100.0/24 nexthop via 10.0.0.2 dev v1 weight 1 nexthop via 192.0.2.254 dev d0 weight 3
$A ip -6 route add 2001:db8:77::/48 nexthop via 2001:db8:1::2 dev v1 weight 2 nexthop via fe80::1 dev d0
$A ip route add blackhole 203.0.113.0/25
$A ip route add unreachable 203.0.113.128/25 metric 5
$A ip route add prohibit 198.18.0.0/15
$A ip route add throw 10.99.0.0/16 table 100
$A ip route add default via 10.0.0.2 dev v1 table 100 proto static
$A ip route add 172.16.0.0/12 via 10.0.0.2 dev v1 metric 100 src 10.0.0.1 proto bird
$A ip route add 2001:db8:99::/48 via 2001:db8:1::2 dev v1 metric 50
$A ip -6 route add default via 2001:db8:1::2 dev v1
$A ip -6 route add blackhole 2001:db8:dead::/48
$A ip -6 route add unreachable 2001:db8:beef::/48
$A ip nexthop add id 10 via 10.0.0.2 dev v1
$A ip route add 100.64.0.0/10 nhid 10
$A ip route add 10.5.0.0/16 via 10.0.0.2 dev v1 onlink
$A ip rule add priority 100 from 10.0.0.0/24 lookup 100
$A ip rule add priority 110 to 198.51.100.0/24 iif v1 lookup main suppress_prefixlength 0
$A ip rule add priority 120 fwmark 0x10/0xff lookup 100
$A ip rule add priority 130 not from 192.0.2.0/24 oif d0 goto 32766
$A ip rule add priority 140 ipproto tcp dport 443 lookup 100
$A ip rule add priority 150 sport 1000-2000 uidrange 1000-1999 blackhole
$A ip rule add priority 160 from 10.1.0.0/16 unreachable
$A ip rule add priority 170 from 10.2.0.0/16 prohibit
$A ip -6 rule add priority 200 from 2001:db8:1::/64 lookup 100
$A sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.v1.rp_filter=1 net.ipv4.ip_forward=1
$A ping -c1 -W1 10.0.0.2 >/dev/null
$A ping -6 -c1 -W2 2001:db8:1::2 >/dev/null
$A ping -c1 -W1 192.0.2.254 >/dev/null
$B ip link set d0p down
$A ip route add 10.77.0.0/16 via 192.0.2.254 dev d0
# the neighbour entry on d0 goes stale/failed once its peer is down
$A ping -c1 -W1 192.0.2.77 >/dev/null 2>&1 || true

out() { # out NAME COMMAND...
  name=$1; shift
  body=$($A "$@" 2>&1) && rc=0 || rc=$?
  printf '#@ bothways-collect 1\n#@ host: bwp1\n#@ command: %s\n#@ exit: %s\n%s\n' "$*" "$rc" "$body" > "$name"
}
out ip-addr.txt ip addr
out ip-j-addr.txt ip -j addr
out ip-route.txt ip route
out ip-route-table-all.txt ip route show table all
out ip-6-route.txt ip -6 route
out ip-j-route-table-all.txt ip -j route show table all
out ip-j-6-route.txt ip -j -6 route
out ip-rule.txt ip rule
out ip-6-rule.txt ip -6 rule
out ip-j-rule.txt ip -j rule
out ip-j-6-rule.txt ip -j -6 rule
out ip-route-get-via.txt ip route get 172.16.5.5
out ip-route-get-from-mark.txt ip route get 198.51.100.7 from 10.0.0.1 mark 0x10 uid 1000
out ip-route-get-iif.txt ip route get 172.16.5.5 from 10.0.0.2 iif v1
out ip-route-get-iif-refused.txt ip route get 172.16.5.5 from 192.0.2.99 iif v1
out ip-route-get-blackhole.txt ip route get 203.0.113.7
out ip-route-get-local.txt ip route get 10.0.0.9
out ip-route-get-6.txt ip route get 2001:db8:99::1
out ip-j-route-get-via.txt ip -j route get 172.16.5.5
out ip-j-route-get-iif.txt ip -j route get 172.16.5.5 from 10.0.0.2 iif v1
out ip-j-route-get-6.txt ip -j -6 route get 2001:db8:99::1
out ip-neigh.txt ip neigh
out ip-j-neigh.txt ip -j neigh
out ../sysctl/sysctl-rp-filter.txt sysctl -a --pattern 'rp_filter|ip_forward|fib_multipath|src_valid_mark|accept_local|log_martians'
ip netns del bwp1; ip netns del bwp2
