package dev.bothways.importers.iproute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.model.Addresses;
import dev.bothways.model.Evidence;
import dev.bothways.model.FirewallMark;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Neighbour;
import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteType;
import dev.bothways.model.RuleAction;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single iproute2 features, one small pasted snippet each (Batfish style). */
class IprouteSnippetsTest {

    @SuppressWarnings("unchecked")
    private static <T> List<T> facts(ImportedArtifact artifact) {
        return ((List<Evidence<T>>) artifact.result().orElseThrow().items()).stream().map(Evidence::fact).toList();
    }

    @Test
    void pointToPointPeerAndOneLineForm() {
        ImportedArtifact artifact = Imports.paste("""
                5: tun0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1400 qdisc fq_codel state UNKNOWN group default qlen 500
                    link/none
                    inet 10.8.0.1 peer 10.8.0.2/32 scope global tun0
                       valid_lft forever preferred_lft forever
                """);
        assertEquals("ip-addr", artifact.artifact().format());
        assertEquals(List.of(new InterfaceAddress("tun0", 5, "UNKNOWN", new IPAddressString("10.8.0.1/32").getAddress(),
                Optional.of(new IPAddressString("10.8.0.2/32").getAddress()), "global", Optional.empty(), List.of())),
                facts(artifact));

        ImportedArtifact oneLine = Imports.paste(
                "2: eth0    inet 192.0.2.10/24 brd 192.0.2.255 scope global dynamic eth0\\       valid_lft 86000sec\n");
        assertEquals("ip-addr", oneLine.artifact().format());
        assertEquals(List.of(new InterfaceAddress("eth0", 2, "UNKNOWN", new IPAddressString("192.0.2.10/24").getAddress(),
                Optional.empty(), "global", Optional.empty(), List.of("dynamic"))), facts(oneLine));
    }

    @Test
    void encapsulationMtuLockAndExpiryAreKeptAsAttributes() {
        ImportedArtifact artifact = Imports.paste("""
                10.10.0.0/16  encap mpls  100/200 via 10.0.0.2 dev eth0 mtu lock 1400
                2001:db8:5::/64 via fe80::1 dev eth0 proto ra metric 1024 expires 297sec pref medium
                default dev wg0 metric 1024 pref medium
                """, "ip-route");
        List<Route> routes = facts(artifact);
        assertEquals(new Route(RouteType.UNICAST, new IPAddressString("10.10.0.0/16").getAddress(), "main",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new NextHop(Addresses.parse("10.0.0.2"), Optional.of("eth0"), 1, List.of())), List.of(),
                Map.of("encap", "mpls 100/200", "mtu", "lock 1400")), routes.get(0));
        assertEquals(Map.of("expires", "297sec", "pref", "medium"), routes.get(1).attributes());
        assertEquals(new IPAddressString("::/0").getAddress(), routes.get(2).destination());
    }

    @Test
    void invertedMarkRuleDetachedInterfaceAndVrfTable() {
        ImportedArtifact artifact = Imports.paste("""
                0:	from all lookup local
                900:	not from all fwmark 0x1/0x1 lookup 100
                950:	from all iif lo [detached] lookup 200
                1000:	from all lookup [l3mdev-table]
                32765:	from all lookup main suppress_prefixlength 0
                """);
        assertEquals("ip-rule", artifact.artifact().format());
        List<PolicyRule> rules = facts(artifact);
        assertEquals(new PolicyRule(900, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new FirewallMark(1, 1)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), RuleAction.LOOKUP, Optional.of("100"), Optional.empty(), Optional.empty(), Map.of()),
                rules.get(1));
        assertEquals(Optional.of("lo"), rules.get(2).inputInterface());
        assertEquals(Map.of("iif-detached", ""), rules.get(2).attributes());
        assertEquals(Optional.of("[l3mdev-table]"), rules.get(3).table());
        assertEquals(Optional.of(0), rules.get(4).suppressPrefixLength());
    }

    @Test
    void neighbourStatesAndRouterFlag() {
        ImportedArtifact artifact = Imports.paste("""
                fe80::1 dev eth0 lladdr 00:11:22:33:44:55 router STALE
                10.0.0.3 dev eth0 FAILED
                10.0.0.4 dev eth0 lladdr aa:bb:cc:dd:ee:ff PERMANENT
                """);
        assertEquals("ip-neigh", artifact.artifact().format());
        assertEquals(List.of(
                new Neighbour(Addresses.parse("fe80::1").orElseThrow(), "eth0", Optional.of("00:11:22:33:44:55"),
                        List.of("STALE"), true),
                new Neighbour(Addresses.parse("10.0.0.3").orElseThrow(), "eth0", Optional.empty(), List.of("FAILED"),
                        false),
                new Neighbour(Addresses.parse("10.0.0.4").orElseThrow(), "eth0", Optional.of("aa:bb:cc:dd:ee:ff"),
                        List.of("PERMANENT"), false)), facts(artifact));
    }

    @Test
    void strictRpFilterRefusalKeepsWhatWasAsked() {
        ImportedArtifact artifact = Imports.paste("""
                #@ bothways-collect 1
                #@ host: fw2
                #@ command: ip route get 192.0.2.20 from 203.0.113.10 iif eth1 mark 0x2
                #@ exit: 2
                RTNETLINK answers: Invalid cross-device link
                """);
        assertEquals("ip-route-get", artifact.artifact().format());
        assertEquals(List.of(new dev.bothways.model.RouteDecision(Addresses.parse("192.0.2.20"), RouteType.UNREACHABLE,
                Addresses.parse("203.0.113.10"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("eth1"), Optional.of(2L), Optional.empty(), List.of(),
                Optional.of("Invalid cross-device link"))), facts(artifact));
    }

    @Test
    void errorFromIpIsOneWarningNotAMalformedRoute() {
        ImportedArtifact artifact = Imports.paste("""
                #@ command: ip route show table 100
                Error: ipv4: FIB table does not exist.
                Dump terminated
                """);
        assertEquals("ip-route", artifact.artifact().format());
        assertEquals(List.of("pasted.txt:2: warning: ip reported an error instead of output: Error: ipv4: FIB table"
                + " does not exist.", "pasted.txt:3: warning: ip reported an error instead of output: Dump terminated"),
                artifact.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void sudoPromptNamesTheCommandAndIpv6DefaultFollowsIt() {
        ImportedArtifact text = Imports.paste("ops@fw1:~$ sudo ip -6 route\ndefault dev wg0 metric 1024 pref medium\n");
        assertEquals("ip-route", text.artifact().format());
        assertEquals(new IPAddressString("::/0").getAddress(), IprouteSnippetsTest.<Route>facts(text).getFirst().destination());
        ImportedArtifact json = Imports.paste("ops@fw1:~$ sudo ip -6 -j route\n"
                + "[{\"dst\":\"default\",\"dev\":\"wg0\",\"metric\":1024,\"flags\":[],\"pref\":\"medium\"}]\n");
        assertEquals("ip-route-json", json.artifact().format());
        assertEquals(new IPAddressString("::/0").getAddress(), IprouteSnippetsTest.<Route>facts(json).getFirst().destination());
    }

    @Test
    void prettyPrintedJsonGivesEachEntryItsOwnLines() {
        ImportedArtifact artifact = Imports.paste("""
                [ {
                        "priority": 0,
                        "src": "all",
                        "table": "local"
                    },{
                        "priority": 32766,
                        "src": "all",
                        "table": "main"
                    } ]
                """);
        assertEquals("ip-rule-json", artifact.artifact().format());
        assertEquals(List.of("pasted.txt:1-5", "pasted.txt:5-9"), artifact.result().orElseThrow().items().stream()
                .map(e -> ((Evidence<?>) e).provenance().toString()).toList());
    }
}
