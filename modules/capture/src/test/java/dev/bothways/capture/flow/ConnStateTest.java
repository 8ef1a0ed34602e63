package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zeek's conn_state on corpus captures whose story SOURCES.md tells. */
class ConnStateTest {

    private static List<String> states(String capture) throws IOException {
        return FlowIndexer.index(CorpusFiles.pcap(capture), Progress.NONE).flows().stream()
                .filter(f -> f.tcp().isPresent())
                .map(f -> f.tuple() + " " + f.tcp().orElseThrow().connState())
                .toList();
    }

    @Test
    void synAnsweredByResetIsRejected() throws IOException {
        assertEquals(List.of("tcp 10.1.1.13:45264 > 10.1.1.6:20000 REJ"), states("pcapplusplus-syn-rst.pcap"));
    }

    @Test
    void synThenResetFromTheSameSideIsRstos0() throws IOException {
        assertEquals(List.of("tcp 1.1.1.1:13131 > 1.1.1.2:31313 RSTOS0"), states("zeek-tcp-syn-then-rst.pcap"));
    }

    @Test
    void completeSessionClosedBothWaysIsSf() throws IOException {
        assertEquals(List.of("tcp 127.0.0.1:55920 > 127.0.0.1:80 SF"), states("tcpdump-tcp-loopback-session.pcap"));
    }

    @Test
    void onlyTheServerSideSeenIsShr() throws IOException {
        assertEquals(List.of("tcp 247.180.123.139:2745 > 245.181.165.133:1433 SHR",
                        "tcp 91.189.148.149:2745 > 245.181.165.131:281 SHR"),
                states("zeek-tcp-one-sided.pcap"));
    }

    @Test
    void retransmittedSynsAnsweredByResetsAreRejectedThenANewConnectionCompletes() throws IOException {
        assertEquals(List.of(
                        "tcp 192.168.0.4:26242 > 212.227.15.188:110 REJ",
                        "tcp 192.168.0.4:26245 > 212.227.15.171:110 REJ",
                        "tcp 192.168.0.4:26272 > 212.227.15.166:110 SF",
                        "tcp 192.168.0.4:26284 > 212.227.15.166:110 SF",
                        "tcp 192.168.0.4:26304 > 212.227.15.166:110 SF",
                        "tcp 192.168.0.4:26308 > 212.227.15.166:110 SF",
                        "tcp 192.168.0.4:26383 > 212.227.15.166:110 SF"),
                states("zeek-pop3-syn-retransmit-rst.pcap"));
    }

    @Test
    void handshakeWithoutCloseIsEstablished() throws IOException {
        assertEquals(List.of("tcp 131.155.215.69:46656 > 137.116.81.94:80 S1"),
                states("tcpdump-tcp-handshake-nano-sll.pcap"));
    }
}
