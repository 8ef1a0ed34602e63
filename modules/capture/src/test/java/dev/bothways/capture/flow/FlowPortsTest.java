package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowPortsTest {

    private static List<Integer> key(int protocol, int sourcePort, int destinationPort) {
        return List.of(FlowPorts.source(protocol, sourcePort), FlowPorts.destination(protocol, sourcePort, destinationPort));
    }

    @Test
    void tcpAndUdpKeepTheirPorts() {
        assertEquals(List.of(40001, 8080), key(6, 40001, 8080));
        assertEquals(List.of(5353, 53), key(17, 5353, 53));
    }

    @Test
    void anEchoRequestIsKeyedLikeItsReplySoBothShareAFlow() {
        // ICMP echo request is type 8 code 0, its reply type 0; ICMPv6 128 and 129
        assertEquals(List.of(8, 0), key(1, 8, 0));
        assertEquals(List.of(0, 8), key(1, 0, 0));
        assertEquals(List.of(128, 129), key(58, 128, 0));
    }

    @Test
    void anIcmpErrorWithNoCounterpartKeepsItsCode() {
        // destination unreachable (3), port unreachable (code 3)
        assertEquals(List.of(3, 3), key(1, 3, 3));
    }

    @Test
    void protocolsWithoutPortsAreKeyedOnZero() {
        assertEquals(List.of(0, 0), key(47, 1234, 5678)); // GRE
        assertEquals(List.of(0, 0), key(132, 2905, 2905)); // SCTP: the flow index keeps no ports for it
    }
}
