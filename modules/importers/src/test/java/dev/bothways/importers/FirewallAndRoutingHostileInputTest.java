package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bothways.importers.conntrack.ConntrackEventsFormat;
import dev.bothways.importers.conntrack.ConntrackTableFormat;
import dev.bothways.importers.frr.FrrRouteJsonFormat;
import dev.bothways.importers.frr.FrrRouteTextFormat;
import dev.bothways.importers.iptables.IptablesListFormat;
import dev.bothways.importers.iptables.IptablesSaveFormat;
import dev.bothways.importers.kernellog.KernelLogFormat;
import dev.bothways.importers.nftables.NftJsonFormat;
import dev.bothways.importers.nftables.NftTextFormat;
import dev.bothways.importers.nftables.NftTraceFormat;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each firewall and routing format, fed what is not its input, answers with one error in bounded time. */
class FirewallAndRoutingHostileInputTest {
    private static final String HUGE_LINE = "{[\"x".repeat(12_500_000);
    private static final String NUL_BYTES = "\u0000\u0001\u0002\u0003garbage\u0000\n".repeat(5_000);
    private static final String MIXED = "caf\u00e9 \u00c3\u00a9 \uFFFD\uFFFD \u4e2d\u6587\n".repeat(1_000);

    static Stream<ArtifactFormat<?>> formats() {
        return Stream.of(new NftTextFormat(), new NftJsonFormat(), new NftTraceFormat(), new ConntrackTableFormat(),
                new ConntrackEventsFormat(), new KernelLogFormat(), new FrrRouteTextFormat(), new FrrRouteJsonFormat(),
                new IptablesSaveFormat(), new IptablesListFormat());
    }

    private static void refusedOnce(ArtifactFormat<?> format, String text) {
        ParseResult<?> r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> format.parse(ArtifactSource.of(new ArtifactId("hostile.txt"), text), Progress.NONE));
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList(),
                format.id() + ": " + r.diagnostics());
        assertEquals(0, r.understood());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void fiftyMegabyteLineIsOneError(ArtifactFormat<?> format) {
        refusedOnce(format, HUGE_LINE);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void nulBytesAreOneError(ArtifactFormat<?> format) {
        refusedOnce(format, NUL_BYTES);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void mixedEncodingTextIsOneError(ArtifactFormat<?> format) {
        refusedOnce(format, MIXED);
    }
}
