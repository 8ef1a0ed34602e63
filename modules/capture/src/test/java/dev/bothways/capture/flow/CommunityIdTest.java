package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Addresses;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Community ID v1 against values published by other implementations of the spec. */
class CommunityIdTest {

    private static InetAddress ip(String text) {
        return Addresses.parse(text).orElseThrow();
    }

    @Test
    void udpFlowHashesAsTheRustCommunityIdCrateDocuments() {
        // docs of the "communityid" crate: 192.168.1.42:4242 -> 8.8.8.8:53 UDP, seed 0
        assertEquals("1:vTdrngJjlP5eZ9mw9JtnKyn99KM=", CommunityId.of(17, ip("192.168.1.42"), 4242, ip("8.8.8.8"), 53));
    }

    @Test
    void bothDirectionsHashAlike() {
        assertEquals("1:vTdrngJjlP5eZ9mw9JtnKyn99KM=", CommunityId.of(17, ip("8.8.8.8"), 53, ip("192.168.1.42"), 4242));
    }

    @Test
    void flowOfTheSpecsOwnTcpCaptureHasTheReadmeValue() throws IOException {
        // community-id-spec README (and Suricata's docs): 128.232.110.120:34855 -> 66.35.250.204:80 TCP
        // is 1:LQU9qZlK+B5F3KDmev6m5PMibrg=; zeek-tcp-snaplen96.pcap is that capture (zeek's communityid/tcp.pcap).
        assertEquals(List.of("1:LQU9qZlK+B5F3KDmev6m5PMibrg="), idsOf("zeek-tcp-snaplen96.pcap"));
    }

    @Test
    void ipv6FlowHasTheValueOtherImplementationsPublish() throws IOException {
        // Published in several implementations' tests: 2001:470:e5bf:dead:4957:2174:e82c:4887:63943 ->
        // 2607:f8b0:400c:c03::1a:25 TCP is 1:/qFaeAR+gFe1KYjMzVDsMv+wgU4= (zeek's communityid/ipv6.pcap).
        assertEquals(List.of("1:/qFaeAR+gFe1KYjMzVDsMv+wgU4="), idsOf("zeek-ipv6-tcp-handshake.pcap"));
    }

    private static List<String> idsOf(String capture) throws IOException {
        return FlowIndexer.index(CorpusFiles.pcap(capture), Progress.NONE)
                .flows().stream().map(Flow::communityId).toList();
    }

    @Test
    void tcpFlowHashesAsTenzirDocuments() {
        // docs.tenzir.com community_id: 1.2.3.4:4584 -> 43.3.132.3:3483 TCP
        assertEquals("1:koNcqhFRD5kb254ZrLsdv630jCM=", CommunityId.of(6, ip("1.2.3.4"), 4584, ip("43.3.132.3"), 3483));
    }
}
