package dev.bothways.analysis.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first lookups scan the table, later ones use the tries: both must answer alike. */
class RouteTableTest {

    @Test
    void scannedAndIndexedLookupsAgreeOnEveryLabRoute() {
        HostRouting r1 = RoutingEvidence.lab("firewall-pair-ecmp", "r1");
        RouteTable table = new RouteTable("all", r1.routes());
        List<IPAddress> destinations = new ArrayList<>();
        for (String d : List.of("10.0.2.10", "10.0.1.10", "10.0.11.2", "10.0.12.1", "127.0.0.1", "192.0.2.1",
                "10.0.2.255", "10.0.1.1", "fe80::1", "2001:db8::1")) {
            destinations.add(new IPAddressString(d).getAddress());
        }
        List<List<RouteTable.Candidates>> scanned = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            scanned.add(table.containing(destinations.get(i)));
        }
        List<List<RouteTable.Candidates>> indexed = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            indexed.add(table.containing(destinations.get(i)));
        }
        assertEquals(scanned, indexed);
        assertEquals(List.of("10.0.2.0/24"), scanned.get(0).stream().map(c -> c.prefix().toString()).toList());
    }
}
