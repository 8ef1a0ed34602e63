package dev.bothways.analysis.routing;

import static dev.bothways.analysis.routing.PolicyRouterLabTest.at;
import static dev.bothways.analysis.routing.PolicyRouterLabTest.tuple;
import static dev.bothways.analysis.routing.RoutingEvidence.lab;
import static dev.bothways.analysis.routing.RoutingEvidence.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static dev.bothways.analysis.routing.PolicyRouterLabTest.ip;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import dev.bothways.model.kernellog.KernelLog;
import dev.bothways.model.kernellog.MartianKind;
import dev.bothways.model.kernellog.MartianReport;
import java.util.Collections;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Provenance;
import dev.bothways.model.SysctlSetting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reverse-path filter on the lab's rpfilter-strict server (samples/cases/rpfilter-strict). */
class RpFilterLabTest {
    private static final String CASE = "rpfilter-strict";
    private static final RoutedPacket SYN_ON_RB =
            RoutedPacket.arriving(tuple("tcp 10.0.1.10:40001 > 10.0.2.10:8080"), "server-rb");

    private static Provenance sysctlLine(String key) {
        return ArtifactLines.line(new ArtifactId("server/sysctl.txt"), lineOf(CASE, "server", "sysctl.txt", key + " ="));
    }

    /** The server's evidence with every rp_filter setting changed to {@code value}, as the lab's fix does. */
    private static HostRouting withRpFilter(HostRouting host, String value) {
        List<Evidence<SysctlSetting>> sysctls = host.sysctls().stream()
                .map(s -> s.fact().name().equals(SysctlSetting.RP_FILTER)
                        ? new Evidence<>(new SysctlSetting(s.fact().key(), value), s.provenance()) : s)
                .toList();
        return new HostRouting(host.host(), host.addresses(), host.routes(), host.rules(), sysctls);
    }

    @Test
    void strictServerDropsTheSynArrivingOnItsSecondInterface() {
        HostRouting server = lab(CASE, "server");
        RpFilterVerdict verdict = new RpFilter(server).check(SYN_ON_RB);

        Provenance rule = at(server.rules(), lineOf(CASE, "server", "ip-rule.txt", "32766:")).provenance();
        Provenance route = at(server.routes(), lineOf(CASE, "server", "ip-route.txt", "default via 10.0.2.1"))
                .provenance();
        assertEquals(new RpFilterVerdict(RpFilterMode.STRICT, false, Optional.of("server-ra"),
                List.of(sysctlLine("net.ipv4.conf.all.rp_filter"), sysctlLine("net.ipv4.conf.server-rb.rp_filter"),
                        rule, route),
                "strict rp_filter (net.ipv4.conf.all.rp_filter = 1, net.ipv4.conf.server-rb.rp_filter = 1): "
                        + "the route back to 10.0.1.10 leaves by server-ra, not server-rb where the packet came in, "
                        + "so it is dropped as a martian",
                verdict.reverse()), verdict);
    }

    @Test
    void everyMartianSourceTheServerLoggedIsAPacketTheFilterDrops() {
        HostRouting server = lab(CASE, "server");
        var imported = RoutingEvidence.read(CASE, "server", "kernel-log.txt");
        assertEquals("kernel-log", imported.artifact().format(), imported.diagnostics().toString());
        List<MartianReport> martians = imported.items(KernelLog.class)
                .stream().flatMap(log -> log.martians().stream()).map(Evidence::fact)
                .filter(m -> m.kind() == MartianKind.SOURCE).toList();
        long logged = RoutingEvidence.lines(RoutingEvidence.labFile(CASE, "server", "kernel-log.txt")).stream()
                .filter(l -> l.contains("martian source")).count();

        List<Boolean> accepted = martians.stream()
                .map(m -> new RpFilter(server).check(RoutedPacket.arriving(new FiveTuple(Protocol.TCP,
                        ip(m.source()), 40001, ip(m.destination()), 8080), m.device())).accepts())
                .toList();
        assertEquals(Collections.nCopies((int) logged, false), accepted);
    }

    @Test
    void strictServerAcceptsTheSynArrivingOnTheInterfaceItRoutesBackThrough() {
        RpFilterVerdict verdict = new RpFilter(lab(CASE, "server"))
                .check(RoutedPacket.arriving(tuple("tcp 10.0.1.10:40001 > 10.0.2.10:8080"), "server-ra"));

        assertEquals(List.of(RpFilterMode.STRICT, true, Optional.of("server-ra")),
                List.of(verdict.mode(), verdict.accepts(), verdict.expectedInterface()));
    }

    @Test
    void looseModeAcceptsTheSameSyn() {
        RpFilterVerdict verdict = new RpFilter(withRpFilter(lab(CASE, "server"), "2")).check(SYN_ON_RB);

        assertEquals(List.of(RpFilterMode.LOOSE, true, Optional.of("server-ra"),
                        "loose rp_filter (net.ipv4.conf.all.rp_filter = 2, net.ipv4.conf.server-rb.rp_filter = 2): "
                                + "10.0.1.10 is reachable ('default via 10.0.2.1 dev server-ra' in table main), "
                                + "so the packet is accepted"),
                List.of(verdict.mode(), verdict.accepts(), verdict.expectedInterface(), verdict.reason()));
    }

    /** The server's evidence with {@code all} and server-rb's rp_filter set as given. */
    private static HostRouting allAndRb(String all, String rb) {
        HostRouting server = lab(CASE, "server");
        List<Evidence<SysctlSetting>> sysctls = server.sysctls().stream()
                .map(s -> switch (s.fact().key()) {
                    case "net.ipv4.conf.all.rp_filter" -> new Evidence<>(new SysctlSetting(s.fact().key(), all), s.provenance());
                    case "net.ipv4.conf.server-rb.rp_filter" -> new Evidence<>(new SysctlSetting(s.fact().key(), rb), s.provenance());
                    default -> s;
                })
                .toList();
        return new HostRouting("server", server.addresses(), server.routes(), server.rules(), sysctls);
    }

    private static List<Object> modeAndAnswer(HostRouting host) {
        RpFilterVerdict verdict = new RpFilter(host).check(SYN_ON_RB);
        return List.of(verdict.mode(), verdict.accepts());
    }

    @Test
    void theLargerOfAllAndTheInterfaceSettingWins() {
        assertEquals(List.of(RpFilterMode.STRICT, false), modeAndAnswer(allAndRb("0", "1")));
        assertEquals(List.of(RpFilterMode.STRICT, false), modeAndAnswer(allAndRb("1", "0")));
        assertEquals(List.of(RpFilterMode.LOOSE, true), modeAndAnswer(allAndRb("2", "1")));
        assertEquals(List.of(RpFilterMode.LOOSE, true), modeAndAnswer(allAndRb("1", "2")));
        assertEquals(List.of(RpFilterMode.OFF, true), modeAndAnswer(allAndRb("0", "0")));
    }

    @Test
    void serverInterfacesAreStrictAndLoopbackFollowsAll() {
        RpFilter filter = new RpFilter(lab(CASE, "server"));

        assertEquals(List.of(RpFilterMode.STRICT, RpFilterMode.STRICT, RpFilterMode.STRICT, RpFilterMode.LOOSE),
                List.of(filter.mode("server-ra"), filter.mode("server-rb"), filter.mode("lo"),
                        new RpFilter(allAndRb("1", "2")).mode("server-rb")));
    }

    @Test
    void offWhenTheEvidenceSaysZero() {
        RpFilterVerdict verdict = new RpFilter(withRpFilter(lab(CASE, "server"), "0")).check(SYN_ON_RB);

        assertEquals(new RpFilterVerdict(RpFilterMode.OFF, true, Optional.empty(),
                List.of(sysctlLine("net.ipv4.conf.all.rp_filter"), sysctlLine("net.ipv4.conf.server-rb.rp_filter")),
                "net.ipv4.conf.all.rp_filter = 0, net.ipv4.conf.server-rb.rp_filter = 0: off, no check"), verdict);
    }
}
