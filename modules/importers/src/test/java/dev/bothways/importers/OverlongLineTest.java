package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.conntrack.ConntrackEventsFormat;
import dev.bothways.importers.conntrack.ConntrackTableFormat;
import dev.bothways.importers.frr.FrrRouteTextFormat;
import dev.bothways.importers.iptables.IptablesListFormat;
import dev.bothways.importers.iptables.IptablesSaveFormat;
import dev.bothways.importers.kernellog.KernelLogFormat;
import dev.bothways.importers.nftables.NftTextFormat;
import dev.bothways.importers.nftables.NftTraceFormat;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A line far longer than the tool prints, between good lines, is skipped with one warning that
 * names the tool's output; the lines around it are still read.
 */
class OverlongLineTest {
    private static final String LONG = "x".repeat(DiagnosticCollector.LONGEST_LINE + 1);

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(new NftTextFormat(), "table inet filter {\n" + LONG + "\n"
                        + "\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n"
                        + "\t\tip saddr 10.0.0.1 counter packets 1 bytes 60 drop\n\t}\n}\n", "nft output", 1),
                Arguments.of(new NftTraceFormat(), "trace id 1 ip filter input rule ip saddr 10.0.0.1 drop (verdict drop)\n"
                        + LONG + "\ntrace id 1 ip filter input verdict drop\n", "nft monitor output", 2),
                Arguments.of(new ConntrackTableFormat(), "tcp      6 431999 ESTABLISHED src=10.0.0.1 dst=10.0.0.2"
                        + " sport=40000 dport=22 src=10.0.0.2 dst=10.0.0.1 sport=22 dport=40000 [ASSURED] mark=0 use=1\n"
                        + LONG + "\n", "conntrack output", 1),
                Arguments.of(new ConntrackEventsFormat(), "    [NEW] tcp      6 120 SYN_SENT src=10.0.0.1 dst=10.0.0.2"
                        + " sport=40000 dport=22 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=22 dport=40000\n"
                        + LONG + "\n", "conntrack output", 1),
                Arguments.of(new KernelLogFormat(), "Nov 18 13:39:49 fw1 kernel: [10051.313745] [UFW BLOCK] IN=eth0 OUT="
                        + " SRC=10.0.0.1 DST=10.0.0.2 LEN=44 TTL=64 ID=1 PROTO=UDP SPT=40952 DPT=23 LEN=24\n"
                        + LONG + "\n", "a log line", 1),
                Arguments.of(new FrrRouteTextFormat(), "K>* 0.0.0.0/0 [0/100] via 10.0.0.1, eth0, 00:30:22\n"
                        + LONG + "\n", "vtysh output", 1),
                Arguments.of(new IptablesSaveFormat(), "*filter\n:INPUT ACCEPT [0:0]\n" + LONG
                        + "\n-A INPUT -s 10.0.0.1/32 -j DROP\nCOMMIT\n", "iptables-save output", 1),
                Arguments.of(new IptablesListFormat(), "Chain INPUT (policy ACCEPT)\n"
                        + "target     prot opt source               destination\n" + LONG + "\n"
                        + "DROP       all  --  10.0.0.1             0.0.0.0/0\n", "iptables output", 1));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aLineTooLongForTheToolIsOneWarningAndTheRestIsRead(ArtifactFormat<?> format, String text, String what,
                                                              int around) {
        int longLine = List.of(text.split("\n")).indexOf(LONG) + 1;
        ParseResult<?> r = format.parse(ArtifactSource.of(new ArtifactId("long.txt"), text), Progress.NONE);
        assertEquals(List.of("long.txt:" + longLine + ": warning: line of " + LONG.length() + " characters is not "
                + what + "; skipped"), r.diagnostics().stream().map(Diagnostic::toString).toList());
        assertEquals(around, r.understood(), format.id() + ": the lines around the long one");
    }
}
