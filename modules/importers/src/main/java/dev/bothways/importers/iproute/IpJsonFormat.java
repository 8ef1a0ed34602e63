package dev.bothways.importers.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.JsonElements;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.importers.Sniff;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Neighbour;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * iproute2's {@code -j} JSON for one kind of fact: an array of objects, each read into items
 * that carry the lines the object spans. One class for the five kinds; the factories name them.
 *
 * @param <T> the fact each element yields
 */
public final class IpJsonFormat<T> implements ArtifactFormat<Evidence<T>> {
    private static final Set<String> TOOLS = Set.of("ip");

    /** Reads one element into zero or more facts; says what is wrong through {@code problems}. */
    interface ElementReader<T> {
        List<T> read(JsonNode element, ElementContext context);
    }

    /** Where an element is, for its diagnostics, and what was read before it. */
    static final class ElementContext {
        final DiagnosticCollector diagnostics;
        int line;
        boolean ipv6;

        ElementContext(DiagnosticCollector diagnostics) {
            this.diagnostics = diagnostics;
        }

        void warn(String message) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, line, "", message);
        }
    }

    private final String id;
    private final String title;
    private final Predicate<IpCommand> command;
    private final Predicate<String> signature;
    private final MatchStrength signatureStrength;
    private final ElementReader<T> reader;

    private IpJsonFormat(String id, String title, Predicate<IpCommand> command, Predicate<String> signature,
                         MatchStrength signatureStrength, ElementReader<T> reader) {
        this.id = id;
        this.title = title;
        this.command = command;
        this.signature = signature;
        this.signatureStrength = signatureStrength;
        this.reader = reader;
    }

    public static IpJsonFormat<Route> routes() {
        return new IpJsonFormat<>("ip-route-json", "ip -j route",
                c -> c.object() == IpCommand.IpObject.ROUTE && !c.routeGet(),
                head -> head.contains("\"dst\"") && !head.contains("\"cache\"") && !head.contains("\"uid\"")
                        && !head.contains("\"state\"") && !head.contains("\"from\"") && !head.contains("\"priority\""),
                MatchStrength.SOLID, IpRouteJson::route);
    }

    public static IpJsonFormat<RouteDecision> routeDecisions() {
        return new IpJsonFormat<>("ip-route-get-json", "ip -j route get",
                IpCommand::routeGet,
                head -> head.contains("\"dst\"") && (head.contains("\"cache\"") || head.contains("\"uid\"")
                        || head.contains("\"from\"")) && !head.contains("\"priority\""),
                MatchStrength.SOLID, IpRouteJson::decision);
    }

    public static IpJsonFormat<PolicyRule> rules() {
        return new IpJsonFormat<>("ip-rule-json", "ip -j rule",
                c -> c.object() == IpCommand.IpObject.RULE,
                head -> head.contains("\"priority\"") && head.contains("\"src\""),
                MatchStrength.FULL, IpRuleJson::rule);
    }

    public static IpJsonFormat<InterfaceAddress> addresses() {
        return new IpJsonFormat<>("ip-addr-json", "ip -j addr",
                c -> c.object() == IpCommand.IpObject.ADDRESS,
                head -> head.contains("\"ifname\"") && head.contains("\"addr_info\""),
                MatchStrength.FULL, IpAddrJson::addresses);
    }

    public static IpJsonFormat<Neighbour> neighbours() {
        return new IpJsonFormat<>("ip-neigh-json", "ip -j neigh",
                c -> c.object() == IpCommand.IpObject.NEIGHBOUR,
                head -> head.contains("\"dst\"") && head.contains("\"state\":[") && !head.contains("\"ifname\""),
                MatchStrength.FULL, IpNeighJson::neighbour);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        if (!shape.json()) {
            return MatchStrength.NO_MATCH;
        }
        if (shape.command().isPresent()) {
            return command.test(shape.command().get()) ? MatchStrength.FULL : MatchStrength.NO_MATCH;
        }
        String body = String.join("\n", shape.lines());
        if (body.replaceAll("\\s", "").equals("[]")) {
            return MatchStrength.INCONCLUSIVE;
        }
        return signature.test(body.replaceAll("\":\\s+", "\":")) ? signatureStrength : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<T>> parse(ArtifactSource source, Progress progress) {
        DiagnosticCollector diagnostics = new DiagnosticCollector(source.id());
        List<Evidence<T>> items = new ArrayList<>();
        ElementContext context = new ElementContext(diagnostics);
        context.ipv6 = source.commandLine().flatMap(IpCommand::parse).map(IpCommand::ipv6).orElse(false);
        int[] elements = {0};
        JsonElements.read(source, diagnostics, progress, title, TOOLS, (element, first, last) -> {
            context.line = first;
            elements[0]++;
            if (!element.isObject()) {
                context.warn("an entry that is not a JSON object; skipped");
                return;
            }
            for (T fact : reader.read(element, context)) {
                items.add(new Evidence<>(fact, new ArtifactLines(source.id(), first, last)));
            }
        });
        return new ParseResult<>(items, items.size(), diagnostics.toList());
    }
}
