package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.Addresses;
import java.net.InetAddress;
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
    void tcpFlowHashesAsTenzirDocuments() {
        // docs.tenzir.com community_id: 1.2.3.4:4584 -> 43.3.132.3:3483 TCP
        assertEquals("1:koNcqhFRD5kb254ZrLsdv630jCM=", CommunityId.of(6, ip("1.2.3.4"), 4584, ip("43.3.132.3"), 3483));
    }
}
