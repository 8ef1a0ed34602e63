package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.RouteType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code ip route get} text: the chosen route on one line, an indented {@code cache} line
 * under it; or the kernel's refusal ({@code RTNETLINK answers: ...}). Several answers may follow
 * one another when several commands were pasted.
 */
final class IpRouteGetParser extends IpTextParser<RouteDecision> {
    private static final String REFUSAL = "RTNETLINK answers:";

    private @Nullable Builder pending;

    IpRouteGetParser(ArtifactSource source, Progress progress) {
        super(source, progress, "ip route get");
    }

    @Override
    protected void words(String line, int number, int n) {
        Builder current = pending;
        if (tokens.indented() && current != null) {
            current.lastLine = number;
            int from = tokens.get(0).equals("cache") ? 1 : 0;
            read(current, from);
            return;
        }
        flush();
        String stripped = line.strip();
        if (stripped.startsWith(REFUSAL)) {
            items.add(new Evidence<>(refusal(stripped.substring(REFUSAL.length()).strip()),
                    ArtifactLines.line(source.id(), number)));
            return;
        }
        if (stripped.startsWith("Error:")) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.SUSPICIOUS, number, line,
                    "ip reported an error instead of a route: " + stripped);
            return;
        }
        int at = 0;
        RouteType type = RouteType.UNICAST;
        Optional<RouteType> named = RouteType.ofLabel(tokens.get(0));
        if (named.isPresent() && n > 1) {
            type = named.get();
            at = 1;
        }
        InetAddress destination = AddressText.address(tokens.get(at));
        if (destination == null) {
            if (IpCommand.find(line).isEmpty() && !stripped.startsWith("#")) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                        "'" + tokens.get(at) + "' is not an address; not an ip route get answer");
            }
            return;
        }
        Builder builder = new Builder(destination, type, number);
        read(builder, at + 1);
        pending = builder;
    }

    /** The kernel's refusal, with what the command asked about when the command line is known. */
    private RouteDecision refusal(String error) {
        Optional<IpCommand> command = source.commandLine().flatMap(IpCommand::parse).filter(IpCommand::routeGet);
        if (command.isEmpty()) {
            return RouteDecision.refused(error);
        }
        IpCommand c = command.get();
        List<String> args = c.arguments().subList(1, c.arguments().size());
        Optional<InetAddress> destination = args.stream().filter(a -> AddressText.address(a) != null).findFirst()
                .filter(a -> args.indexOf(a) == 0 || args.get(args.indexOf(a) - 1).equals("to"))
                .map(AddressText::address);
        return new RouteDecision(destination, RouteType.UNREACHABLE, c.argument("from").map(AddressText::address),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), c.argument("iif"),
                c.argument("mark").map(IpRouteJson::mark), c.argument("uid").map(IpRouteJson::mark), List.of(),
                Optional.of(error));
    }

    private void read(Builder b, int from) {
        int n = tokens.count();
        for (int i = from; i < n; i++) {
            String key = tokens.get(i);
            if (key.startsWith("<") && key.endsWith(">")) {
                for (String flag : key.substring(1, key.length() - 1).split(",")) {
                    if (!flag.isEmpty()) {
                        b.cacheFlags.add(flag);
                    }
                }
                continue;
            }
            if (i + 1 >= n) {
                continue; // a bare flag (linkdown, ...)
            }
            switch (key) {
                case "from" -> b.source = AddressText.address(tokens.get(++i));
                case "via" -> {
                    String value = tokens.get(++i);
                    if ((value.equals("inet") || value.equals("inet6")) && i + 1 < n) {
                        value = tokens.get(++i);
                    }
                    b.gateway = AddressText.address(value);
                }
                case "dev" -> b.device = tokens.get(++i);
                case "src" -> b.preferredSource = AddressText.address(tokens.get(++i));
                case "table" -> b.table = tokens.get(++i);
                case "iif" -> b.inputInterface = tokens.get(++i);
                case "mark" -> b.mark = IpRouteJson.mark(tokens.get(++i));
                case "uid" -> b.uid = IpRouteJson.mark(tokens.get(++i));
                case "metric", "pref", "expires", "mtu", "proto", "scope", "tos", "realms", "error", "advmss",
                     "hoplimit", "nhid" -> i++;
                default -> { }
            }
        }
    }

    private void flush() {
        Builder b = pending;
        if (b == null) {
            return;
        }
        pending = null;
        items.add(new Evidence<>(new RouteDecision(Optional.of(b.destination), b.type, Optional.ofNullable(b.source),
                Optional.ofNullable(b.gateway), Optional.ofNullable(b.device), Optional.ofNullable(b.preferredSource),
                Optional.ofNullable(b.table), Optional.ofNullable(b.inputInterface), Optional.ofNullable(b.mark),
                Optional.ofNullable(b.uid), b.cacheFlags, Optional.empty()),
                new ArtifactLines(source.id(), b.firstLine, b.lastLine)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        flush();
        if (items.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no answer in the output");
        }
    }

    private static final class Builder {
        final InetAddress destination;
        final RouteType type;
        final int firstLine;
        int lastLine;
        @Nullable InetAddress source;
        @Nullable InetAddress gateway;
        @Nullable String device;
        @Nullable InetAddress preferredSource;
        @Nullable String table;
        @Nullable String inputInterface;
        @Nullable Long mark;
        @Nullable Long uid;
        final List<String> cacheFlags = new ArrayList<>();

        Builder(InetAddress destination, RouteType type, int line) {
            this.destination = destination;
            this.type = type;
            this.firstLine = line;
            this.lastLine = line;
        }
    }
}
