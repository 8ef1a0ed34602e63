package dev.bothways.capture.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.FiveTuple;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Capture filters as the lab's collector wrote them, and the ones beyond the subset. */
class CaptureFilterTest {
    // From samples/cases/firewall-pair-ecmp/*/capture.pcapng.meta (the tcpdump command line).
    private static final String LAB = "(tcp and host 10.0.2.10 and port 8080 and port 40001) or icmp or icmp6";

    private static FiveTuple tuple(String text) {
        return FiveTuple.parse(text).orElseThrow();
    }

    @Test
    void labFilterPassesTheFlowBothWaysAndIcmpButNotOtherTcp() {
        List<Optional<Boolean>> answers = List.of(
                CaptureFilter.matches(LAB, tuple("tcp 10.0.1.10:40001 > 10.0.2.10:8080")),
                CaptureFilter.matches(LAB, tuple("tcp 10.0.2.10:8080 > 10.0.1.10:40001")),
                CaptureFilter.matches(LAB, tuple("icmp 10.0.1.1:3 > 10.0.1.10:4")),
                CaptureFilter.matches(LAB, tuple("tcp 10.0.1.10:40002 > 10.0.2.10:8080")),
                CaptureFilter.matches(LAB, tuple("udp 10.0.1.10:40001 > 10.0.2.10:8080")));
        assertEquals(List.of(Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(false), Optional.of(false)),
                answers);
    }

    @Test
    void directionsAndNegationAreHonoured() {
        FiveTuple syn = tuple("tcp 192.0.2.20:43122 > 203.0.113.10:443");
        assertEquals(List.of(Optional.of(true), Optional.of(false), Optional.of(true), Optional.of(false)), List.of(
                CaptureFilter.matches("dst port 443", syn),
                CaptureFilter.matches("src port 443", syn),
                CaptureFilter.matches("not udp and src host 192.0.2.20", syn),
                CaptureFilter.matches("!(tcp dst port 443)", syn)));
    }

    @Test
    void filtersBeyondTheSubsetGiveNoAnswer() {
        FiveTuple syn = tuple("tcp 192.0.2.20:43122 > 203.0.113.10:443");
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), List.of(
                CaptureFilter.matches("net 192.0.2.0/24", syn),
                CaptureFilter.matches("tcp[tcpflags] & tcp-syn != 0", syn),
                CaptureFilter.matches("vlan and tcp", syn)));
    }
}
