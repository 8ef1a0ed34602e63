package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Neighbour;
import dev.bothways.model.Progress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code ip neigh} text: {@code ADDRESS dev DEV [lladdr MAC] [router] STATE...}. */
final class IpNeighParser extends LineOrientedParser {
    private final List<Evidence<Neighbour>> neighbours = new ArrayList<>();
    private final Tokens tokens = new Tokens();

    IpNeighParser(ArtifactSource source, Progress progress) {
        super(source, progress);
    }

    ParseResult<Evidence<Neighbour>> parse() {
        run();
        return new ParseResult<>(neighbours, neighbours.size(), diagnosticsFor(neighbours.size()));
    }

    @Override
    protected String formatName() {
        return "ip neigh";
    }

    @Override
    protected void line(String line, int number) {
        int n = tokens.split(line);
        if (n == 0) {
            return;
        }
        InetAddress address = AddressText.address(tokens.get(0));
        if (address == null) {
            Optional<String> error = IpTextShape.toolError(line);
            if (error.isPresent()) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.SUSPICIOUS, number, line,
                        "ip reported an error instead of output: " + error.get());
                return;
            }
            if (IpCommand.find(line).isEmpty() && !line.strip().startsWith("#")) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                        "'" + tokens.get(0) + "' is not an address; not an ip neigh line");
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
        neighbours.add(new Evidence<>(new Neighbour(address, device, Optional.ofNullable(link), states, router),
                ArtifactLines.line(source.id(), number)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
    }
}
