package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Neighbour;
import dev.bothways.model.Progress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code ip neigh} text: {@code ADDRESS dev DEV [lladdr MAC] [router] STATE...}. */
final class IpNeighParser extends IpTextParser<Neighbour> {

    IpNeighParser(ArtifactSource source, Progress progress) {
        super(source, progress, "ip neigh");
    }

    @Override
    protected void words(String line, int number, int n) {
        InetAddress address = AddressText.address(tokens.get(0));
        if (address == null) {
            if (!line.strip().startsWith("#")) {
                notOutput(line, number, "'" + tokens.get(0) + "' is not an address; not an ip neigh line");
            }
            return;
        }
        String device = "";
        String link = null;
        boolean router = false;
        List<String> states = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            String key = tokens.get(i);
            if (key.equals("dev") && i + 1 < n) {
                device = tokens.get(++i);
            } else if (key.equals("lladdr") && i + 1 < n) {
                link = tokens.get(++i);
            } else if (key.equals("router")) {
                router = true;
            } else if (IpNeighFormat.STATES.contains(key)) {
                states.add(key);
            } else if ((key.equals("proto") || key.equals("vlan") || key.equals("master")) && i + 1 < n) {
                i++;
            }
        }
        items.add(new Evidence<>(new Neighbour(address, device, Optional.ofNullable(link), states, router),
                ArtifactLines.line(source.id(), number)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
    }
}
