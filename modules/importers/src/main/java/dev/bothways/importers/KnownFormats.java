package dev.bothways.importers;

import dev.bothways.importers.conntrack.ConntrackEventsFormat;
import dev.bothways.importers.conntrack.ConntrackTableFormat;
import dev.bothways.importers.iproute.IpAddrFormat;
import dev.bothways.importers.iproute.IpJsonFormat;
import dev.bothways.importers.iproute.IpNeighFormat;
import dev.bothways.importers.iproute.IpRouteFormat;
import dev.bothways.importers.iproute.IpRouteGetFormat;
import dev.bothways.importers.iproute.IpRuleFormat;
import dev.bothways.importers.frr.FrrRouteJsonFormat;
import dev.bothways.importers.frr.FrrRouteTextFormat;
import dev.bothways.importers.iptables.IptablesListFormat;
import dev.bothways.importers.iptables.IptablesSaveFormat;
import dev.bothways.importers.kernellog.KernelLogFormat;
import dev.bothways.importers.mtr.MtrJsonFormat;
import dev.bothways.importers.mtr.MtrReportFormat;
import dev.bothways.importers.nftables.NftJsonFormat;
import dev.bothways.importers.nftables.NftTextFormat;
import dev.bothways.importers.sysctl.SysctlFormat;
import dev.bothways.importers.tracepath.TracepathFormat;
import dev.bothways.importers.traceroute.TracerouteFormat;
import dev.bothways.importers.tracert.TracertFormat;
import java.util.List;

/** Every text format Bothways reads, in the order detection tries them. */
public final class KnownFormats {
    private KnownFormats() {
    }

    public static List<ArtifactFormat<?>> all() {
        return List.of(new TracerouteFormat(), new TracepathFormat(), new MtrJsonFormat(), new MtrReportFormat(),
                new TracertFormat(),
                new IpAddrFormat(), IpJsonFormat.addresses(),
                new IpRouteFormat(), IpJsonFormat.routes(),
                new IpRuleFormat(), IpJsonFormat.rules(),
                new IpRouteGetFormat(), IpJsonFormat.routeDecisions(),
                new IpNeighFormat(), IpJsonFormat.neighbours(),
                new SysctlFormat(),
                new NftJsonFormat(), new NftTextFormat(),
                new ConntrackEventsFormat(), new ConntrackTableFormat(), new KernelLogFormat(),
                new FrrRouteJsonFormat(), new FrrRouteTextFormat(), new IptablesSaveFormat(), new IptablesListFormat());
    }

    public static FormatDetector detector() {
        return new FormatDetector(all());
    }
}
