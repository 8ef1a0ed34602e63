package dev.bothways.analysis.routing;

import dev.bothways.model.Evidence;
import dev.bothways.model.NextHop;
import dev.bothways.model.Provenance;
import dev.bothways.model.SysctlSetting;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kernel's reverse-path filter on a packet arriving at a host ({@code fib_validate_source}).
 * The effective mode is the larger of {@code net.ipv4.conf.all.rp_filter} and the input interface's
 * own setting. The check routes a packet back to the source (from the packet's destination, as if
 * sent by the host, marked only when {@code src_valid_mark} is on): strict mode wants that route to
 * leave by the interface the packet came in on (any branch of a multipath route will do), loose mode
 * wants any unicast route. IPv4 only: IPv6 has no rp_filter sysctl.
 */
public final class RpFilter {
    private static final String PREFIX = "net.ipv4.conf.";

    private final HostRouting host;
    private final PolicyRouter router;

    public RpFilter(HostRouting host) {
        this.host = host;
        this.router = new PolicyRouter(host);
    }

    public RpFilterVerdict check(RoutedPacket arriving) {
        if (arriving.inputInterface().isEmpty()) {
            return new RpFilterVerdict(RpFilterMode.OFF, true, Optional.empty(), List.of(),
                    "the host sends this packet itself: no reverse-path check");
        }
        if (!(arriving.tuple().source() instanceof Inet4Address)) {
            return new RpFilterVerdict(RpFilterMode.OFF, true, Optional.empty(), List.of(),
                    "rp_filter checks IPv4 only; IPv6 packets are not filtered by it");
        }
        String iif = arriving.inputInterface().get();
        Optional<Evidence<SysctlSetting>> all = host.sysctl(PREFIX + "all." + SysctlSetting.RP_FILTER);
        Optional<Evidence<SysctlSetting>> own = setting(iif, SysctlSetting.RP_FILTER);
        List<Provenance> evidence = new ArrayList<>();
        all.ifPresent(s -> evidence.add(s.provenance()));
        own.ifPresent(s -> evidence.add(s.provenance()));
        if (all.isEmpty() && own.isEmpty()) {
            return new RpFilterVerdict(RpFilterMode.OFF, true, Optional.empty(), List.of(),
                    "no rp_filter setting in the evidence for " + host.host() + "; assuming the kernel default 0 (off)");
        }
        String setting = settingText(all, own);
        RpFilterMode mode = mode(iif);
        if (mode == RpFilterMode.OFF) {
            return new RpFilterVerdict(mode, true, Optional.empty(), evidence, setting + ": off, no check");
        }
        boolean validMark = flag("src_valid_mark", iif);
        RoutedPacket back = new RoutedPacket(arriving.tuple().reversed(), Optional.empty(),
                validMark ? arriving.mark() : 0);
        RoutingDecision reverse = router.route(back);
        evidence.addAll(reverse.evidence());
        String source = RuleSelectors.text(arriving.tuple().source());
        String modeText = (mode == RpFilterMode.STRICT ? "strict" : "loose") + " rp_filter (" + setting + ")";
        List<String> devices = reverse.nextHops().stream().flatMap(h -> h.device().stream()).distinct().toList();
        boolean unicast = reverse.outcome() == RouteOutcome.FORWARD
                || (reverse.outcome() == RouteOutcome.LOCAL && flag("accept_local", iif));
        Optional<String> expected = reverse.egressInterface()
                .or(() -> devices.size() == 1 ? Optional.of(devices.get(0)) : Optional.empty());
        if (!unicast) {
            return new RpFilterVerdict(mode, false, Optional.empty(), evidence, modeText + ": the route back to "
                    + source + " is " + describe(reverse) + ", so the packet on " + iif + " is dropped as a martian",
                    Optional.of(reverse));
        }
        if (mode == RpFilterMode.LOOSE) {
            return new RpFilterVerdict(mode, true, expected, evidence, modeText + ": " + source
                    + " is reachable (" + describe(reverse) + "), so the packet is accepted", Optional.of(reverse));
        }
        if (reverse.nextHops().stream().map(NextHop::device).anyMatch(d -> d.equals(Optional.of(iif)))) {
            return new RpFilterVerdict(mode, true, expected, evidence, modeText + ": the route back to " + source
                    + " leaves by " + iif + ", where the packet came in, so it is accepted", Optional.of(reverse));
        }
        return new RpFilterVerdict(mode, false, expected, evidence, modeText + ": the route back to " + source
                + " leaves by " + String.join(" or ", devices) + ", not " + iif
                + " where the packet came in, so it is dropped as a martian", Optional.of(reverse));
    }

    /**
     * The effective IPv4 mode on {@code inputInterface}: the larger of {@code all} and the interface's
     * own setting; OFF when the evidence holds neither (the kernel default).
     */
    public RpFilterMode mode(String inputInterface) {
        long value = Math.max(number(host.sysctl(PREFIX + "all." + SysctlSetting.RP_FILTER)),
                number(setting(inputInterface, SysctlSetting.RP_FILTER)));
        // fib_validate_source: 0 skips the check, 1 is strict, and any other value takes the loose path
        return RpFilterMode.ofValue(value).orElse(RpFilterMode.LOOSE);
    }

    private Optional<Evidence<SysctlSetting>> setting(String device, String name) {
        return host.sysctl(PREFIX + device + "." + name)
                .or(() -> host.sysctl(PREFIX + device.replace('.', '/') + "." + name));
    }

    /** An on/off setting the kernel reads as "all or the interface" ({@code IN_DEV_ORCONF}). */
    private boolean flag(String name, String device) {
        return number(host.sysctl(PREFIX + "all." + name)) > 0 || number(setting(device, name)) > 0;
    }

    private static long number(Optional<Evidence<SysctlSetting>> setting) {
        return setting.flatMap(s -> s.fact().number()).orElse(0L);
    }

    private static String settingText(Optional<Evidence<SysctlSetting>> all, Optional<Evidence<SysctlSetting>> own) {
        List<String> parts = new ArrayList<>();
        all.ifPresent(s -> parts.add(s.fact().key() + " = " + s.fact().value().strip()));
        own.ifPresent(s -> parts.add(s.fact().key() + " = " + s.fact().value().strip()));
        return String.join(", ", parts);
    }

    private static String describe(RoutingDecision reverse) {
        return switch (reverse.outcome()) {
            case FORWARD -> reverse.route().map(r -> "'" + RuleText.of(r.fact()) + "'").orElse("a route")
                    + " in table " + reverse.table();
            case LOCAL -> "a local address of this host";
            case BLACKHOLE, UNREACHABLE, PROHIBIT -> reverse.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + reverse.route().map(r -> " ('" + RuleText.of(r.fact()) + "')").orElse(" (by rule)");
            case THROW, NO_ROUTE -> "missing (no route)";
        };
    }
}
