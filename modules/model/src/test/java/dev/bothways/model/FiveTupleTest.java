package dev.bothways.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiveTupleTest {

    @Test
    void readsAndPrintsTheDesignForm() {
        String text = "tcp 192.0.2.20:43122 > 203.0.113.10:443";
        FiveTuple tuple = FiveTuple.parse(text).orElseThrow();
        assertEquals(Protocol.TCP, tuple.protocol());
        assertEquals(43122, tuple.sourcePort());
        assertEquals("203.0.113.10", Addresses.format(tuple.destination()));
        assertEquals(text, tuple.toString());
    }

    @Test
    void ipv6EndpointsAreBracketedAndCanonical() {
        FiveTuple tuple = FiveTuple.parse("udp [2001:DB8:0:0::1]:53 > [2001:db8::2]:5353").orElseThrow();
        assertEquals("udp [2001:db8::1]:53 > [2001:db8::2]:5353", tuple.toString());
    }

    @Test
    void reversedSwapsTheEnds() {
        FiveTuple tuple = FiveTuple.parse("tcp 10.0.1.10:40001 > 10.0.2.10:8080").orElseThrow();
        assertEquals("tcp 10.0.2.10:8080 > 10.0.1.10:40001", tuple.reversed().toString());
    }

    @Test
    void refusesWhatIsNotAFlow() {
        assertEquals(Optional.empty(), FiveTuple.parse("tcp 10.0.1.10 > 10.0.2.10:8080"));
        assertEquals(Optional.empty(), FiveTuple.parse("sctp 10.0.1.10:1 > 10.0.2.10:2"));
        assertEquals(Optional.empty(), FiveTuple.parse("tcp example.com:1 > 10.0.2.10:2"));
        assertEquals(Optional.empty(), FiveTuple.parse("tcp 10.0.1.10:70000 > 10.0.2.10:2"));
    }

    @Test
    void addressParsingNeverResolvesNames() {
        assertEquals(Optional.empty(), Addresses.parse("localhost"));
        assertEquals(Optional.empty(), Addresses.parse("10.0.0.0/8"));
        assertEquals("10.0.0.1", Addresses.format(Addresses.parse(" 10.0.0.1 ").orElseThrow()));
    }
}
