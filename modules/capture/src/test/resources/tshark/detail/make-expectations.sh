#!/bin/sh
# Writes what tshark shows for the packets PacketDetailTsharkTest decodes: the detail tree
# (tshark -n -V: no name resolution, so addresses and ports stay numbers) and the hex dump
# (tshark -x), one file per packet, named <capture>.<number>.txt.
# Run from this folder in a checkout that has samples/cases, with the shared corpus at
# /work/shared/corpus: sh make-expectations.sh
set -eu
CORPUS=${CORPUS:-/work/shared/corpus/pcap}
CASES=${CASES:-../../../../../../../samples/cases}
VERSION=$(tshark --version 2>/dev/null | head -1)

one() { # file, number, name of the expectation, where the file is
    {
        echo "# $VERSION: tshark -n -V -r $4 -Y frame.number==$2, then -x"
        TZ=UTC tshark -n -V -r "$1" -Y "frame.number==$2" 2>/dev/null
        echo "#@ hex"
        TZ=UTC tshark -n -x -r "$1" -Y "frame.number==$2" 2>/dev/null | grep -E '^[0-9a-f]{4}  '
    } > "$3.$2.txt"
}

for p in pcapplusplus-syn-rst.pcap:1 pcapplusplus-syn-rst.pcap:2 tcpdump-tcp-handshake-nano-sll.pcap:2 \
         zeek-linux-sll2-lo.pcap:3 zeek-icmp-dot1q-vlan123.pcap:5 zeek-ipv6-tcp-handshake.pcap:2 \
         zeek-icmp-port-unreachable.pcap:1 zeek-icmp6-packet-too-big.pcap:1 zeek-icmp-time-exceeded.pcap:1 \
         zeek-smtp-icmp-frag-needed.pcap:26 zeek-pcapng-two-interfaces.pcapng:1 tcpdump-icmpv6.pcap:2 \
         zeek-vlan-pcp-dei-duplicates.pcapng:1 tcpdump-8021ad-qinq-arp.pcap:1 zeek-icmp-dot1q-vlan123.pcap:1; do
    one "$CORPUS/${p%%:*}" "${p##*:}" "${p%%:*}" "corpus/pcap/${p%%:*}"
done
for p in firewall-pair-ecmp/client/capture.pcapng:2 firewall-pair-ecmp/server/capture.pcapng:4 \
         firewall-pair-ecmp/r2/capture.pcapng:10 mtu-blackhole/server/capture.pcapng:6; do
    file=${p%%:*}
    one "$CASES/$file" "${p##*:}" "$(echo "${file%/capture.pcapng}" | tr / -)" "samples/cases/$file"
done
