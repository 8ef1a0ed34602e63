#!/bin/sh
# Makes the routing fixture in this folder from the real kernel, in a throwaway network namespace
# with veth pairs only, both ends inside it (no traffic leaves it). Run as root from this folder; it deletes the
# namespace at the end. Outputs: ip-addr.txt, ip-route.txt, ip-rule.txt, sysctl.txt, route-get.txt,
# each starting with the collector's "#@" header lines.
set -eu
NS=bwroute-fx
ip netns del $NS 2>/dev/null || true
ip netns add $NS
trap 'ip netns del $NS' EXIT
x() { ip netns exec $NS "$@"; }
x ip link set lo up
for i in eth0 eth1 eth2 eth3 wg0; do x ip link add $i type veth peer name $i-peer; x ip link set $i up; x ip link set $i-peer up; done
x ip addr add 192.0.2.10/24 dev eth0
x ip -6 addr add 2001:db8::10/64 dev eth0 nodad
x ip addr add 198.51.100.10/24 dev eth1
x ip addr add 172.16.0.10/16 dev eth2
x ip addr add 172.17.0.10/16 dev eth3
x ip addr add 10.8.0.2/24 dev wg0
x sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.eth0.rp_filter=0 \
    net.ipv4.conf.eth1.rp_filter=0 net.ipv4.conf.eth2.rp_filter=1 net.ipv4.conf.eth3.rp_filter=2
# main: two defaults told apart by metric, a longer prefix with a worse metric, ECMP, drop types
x ip route add default via 192.0.2.1 dev eth0 metric 200
x ip route add default via 192.0.2.2 dev eth0 metric 100
x ip route add 203.0.113.0/24 via 192.0.2.3 dev eth0 metric 500
x ip route add blackhole 203.0.113.128/25
x ip route add 10.20.0.0/16 nexthop via 192.0.2.5 dev eth0 nexthop via 198.51.100.5 dev eth1
x ip route add unreachable 10.30.0.0/16
x ip route add prohibit 10.31.0.0/16
x ip -6 route add default via 2001:db8::1 dev eth0
# other tables
x ip route add default dev wg0 table 51820
x ip route add default via 198.51.100.1 dev eth1 table 200
x ip route add default via 198.51.100.15 dev eth1 table 150
x ip route add default via 198.51.100.53 dev eth1 table 280
x ip route add default via 198.51.100.29 dev eth1 table 290
x ip route add throw 10.50.1.0/24 table 100
x ip route add 10.50.0.0/16 via 198.51.100.50 dev eth1 table 100
# rules
x ip rule add pref 100 from 10.99.0.0/16 goto 300
x ip rule add pref 150 from 10.99.0.0/16 lookup 150
x ip rule add pref 200 fwmark 0x100/0xff00 lookup 200
x ip rule add pref 250 to 10.40.0.0/16 unreachable
x ip rule add pref 260 to 10.41.0.0/16 prohibit
x ip rule add pref 270 to 10.42.0.0/16 blackhole
x ip rule add pref 280 ipproto udp dport 53 lookup 280
x ip rule add pref 290 iif eth1 lookup 290
x ip rule add pref 300 lookup main suppress_prefixlength 0
x ip rule add pref 305 to 10.50.0.0/16 lookup 100
x ip rule add pref 310 not fwmark 0xca6c lookup 51820

header() { printf '#@ bothways-collect 1\n#@ host: fx\n#@ command: %s\n#@ time: %s\n#@ exit: 0\n' "$1" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"; }
{ header "ip addr"; x ip addr; } > ip-addr.txt
{ header "ip route show table all"; x ip route show table all; } > ip-route.txt
{ header "ip rule"; x ip rule; } > ip-rule.txt
{ header "sysctl"; x sysctl net.ipv4.ip_forward net.ipv4.conf.all.rp_filter net.ipv4.conf.eth0.rp_filter \
    net.ipv4.conf.eth1.rp_filter net.ipv4.conf.eth2.rp_filter net.ipv4.conf.eth3.rp_filter \
    net.ipv4.conf.all.src_valid_mark net.ipv4.conf.all.accept_local; } > sysctl.txt
: > route-get.txt
q() { printf '#@ command: ip route get %s\n' "$*" >> route-get.txt; x ip route get "$@" >> route-get.txt 2>&1 || true; }
q 203.0.113.7
q 8.8.8.8
q 8.8.8.8 mark 0xca6c
q 8.8.8.8 mark 0x1ab
q 8.8.8.8 mark 0x2ab
q 8.8.8.8 from 10.99.0.1 iif eth1
q 8.8.8.8 from 10.98.0.1 iif eth1
q 10.40.1.1
q 10.41.1.1
q 10.42.1.1
q 9.9.9.9 ipproto udp dport 53
q 9.9.9.9 ipproto udp dport 54
q 10.50.1.5
q 10.50.2.5
q 10.20.1.1
q 203.0.113.200
q 10.30.1.1
q 10.31.1.1
q 192.0.2.10
q 192.0.2.10 from 8.8.8.8 iif eth2
q 192.0.2.10 from 172.16.5.5 iif eth2
q 192.0.2.10 from 8.8.8.8 iif eth3
q 192.0.2.10 from 10.30.5.5 iif eth3
q 2001:db8:1::5
