package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.boundaries.BoundaryKind;
import dev.bothways.analysis.boundaries.BoundaryVerdict;
import dev.bothways.analysis.boundaries.Sight;
import dev.bothways.model.Lane;
import dev.bothways.model.NodeId;
import dev.bothways.model.PacketKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step told in plain words, for teaching mode: who sends the packet, which way it goes, and,
 * when it dies, where and why, from the lanes, the state boundaries' verdicts and the top finding.
 */
public final class StepNarration {
    private final CaseAnalysis analysis;

    public StepNarration(CaseAnalysis analysis) {
        this.analysis = analysis;
    }

    public String explain(PacketStep step, int count) {
        String sender = step.lane() == Lane.FORWARD ? role("client", analysis.client()) : role("server", analysis.server());
        String receiver = step.lane() == Lane.FORWARD ? role("server", analysis.server()) : role("client", analysis.client());
        String kind = name(step.kind());
        StringBuilder text = new StringBuilder("Step " + (step.index() + 1) + " of " + count + ": ");
        text.append(sender).append(' ').append(verb(step)).append(". ");
        List<String> middle = step.travelled().stream().map(NodeId::value)
                .filter(n -> step.visibility().get(n) != dev.bothways.model.Visibility.NOT_SEEN)
                .filter(n -> !n.equals(analysis.client()) && !n.equals(analysis.server())).toList();
        if (step.diedAt().isPresent()) {
            NodeId died = step.diedAt().get();
            boolean atTheEnd = step.onLane().indexOf(died.value()) == step.onLane().size() - 1;
            if (atTheEnd) {
                text.append(passes(middle)).append("reaches ").append(receiver).append(", but ");
                String reason = why(died, kind);
                text.append(reason.startsWith(died.value() + " ") ? receiver + reason.substring(died.value().length()) : reason)
                        .append(": ").append(receiver).append(" never answers.");
            } else {
                List<String> before = middle.stream().takeWhile(n -> !n.equals(died.value())).toList();
                text.append(before.isEmpty() ? "It reaches " + died + otherBoundary(died) + ". "
                        : String.join(", then ", before) + " sends it to " + died + otherBoundary(died) + ". ");
                text.append(capitalisedHost(why(died, kind))).append(": ").append(receiver).append(" never gets it.");
            }
            elsewhere(step).ifPresent(text::append);
        } else if (step.stoppedAt().isPresent()) {
            text.append(passes(middle)).append("after ").append(step.lastSeen().orElse("its first hop"))
                    .append(" no capture can say where it went (").append(step.stoppedAt().get().point())
                    .append(" could not have seen it).");
        } else {
            text.append(passes(middle)).append(reaches(step, receiver));
            opensState(step).ifPresent(text::append);
            elsewhere(step).ifPresent(text::append);
        }
        return text.toString();
    }

    /** What contradicts the lane: points off it that saw the packet, points on it that provably did not. */
    private static Optional<String> elsewhere(PacketStep step) {
        List<String> off = step.seen().stream().filter(p -> !step.onLane().contains(p)).toList();
        List<String> missed = step.onLane().stream()
                .filter(p -> step.visibility().get(p) == dev.bothways.model.Visibility.NOT_SEEN)
                .filter(p -> step.stoppedAt().map(s -> !s.point().equals(p)).orElse(true))
                .filter(p -> step.seen().stream().anyMatch(s -> step.onLane().indexOf(s) > step.onLane().indexOf(p)))
                .toList();
        if (off.isEmpty() && missed.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(" It did not follow the lane the routes give now:");
        if (!off.isEmpty()) {
            text.append(' ').append(String.join(" and ", off)).append(" saw it too");
        }
        if (!missed.isEmpty()) {
            text.append(off.isEmpty() ? " " : "; ").append(String.join(" and ", missed)).append(" did not");
        }
        return Optional.of(text.append('.').toString());
    }

    private static String name(PacketKind kind) {
        return kind == PacketKind.DATA ? "data segment" : kind.label();
    }

    /** Leaves host names as they are written; capitalises a sentence that starts with a word. */
    private String capitalisedHost(String sentence) {
        boolean host = analysis.lanes().topology().node(new NodeId(sentence.split(" ", 2)[0])).isPresent();
        return host ? sentence : capitalised(sentence);
    }

    private static String verb(PacketStep step) {
        String kind = name(step.kind());
        if (step.repeat() > 0) {
            return "sends the " + kind + " again (retransmission " + step.repeat() + ")";
        }
        return switch (step.kind()) {
            case SYN -> "opens the connection with a SYN";
            case SYN_ACK -> "answers with a SYN-ACK";
            case RST -> "resets the connection (RST)";
            case FIN -> "closes its side (FIN)";
            default -> "sends " + (step.kind() == PacketKind.ACK ? "an " : "a ") + kind;
        };
    }

    private static String passes(List<String> middle) {
        return middle.isEmpty() ? "It " : "It passes " + String.join(", ", middle) + " and ";
    }

    private static String reaches(PacketStep step, String receiver) {
        String end = step.onLane().isEmpty() ? "" : step.onLane().get(step.onLane().size() - 1);
        boolean arrived = step.lastSeen().filter(end::equals).isPresent();
        return arrived ? "reaches " + receiver + "." : "was last seen at " + step.lastSeen().orElse("no capture point") + ".";
    }

    /** "fw1 records the new connection." when a stateful boundary saw the opening pass. */
    private Optional<String> opensState(PacketStep step) {
        if (step.kind() != PacketKind.SYN || step.repeat() > 0) {
            return Optional.empty();
        }
        List<String> keepers = analysis.boundaries().stream()
                .filter(b -> b.opening() == Sight.SEEN && step.travelled().contains(b.boundary().node()))
                .filter(b -> b.boundary().kinds().contains(BoundaryKind.STATEFUL_FIREWALL) || b.boundary().kinds().contains(BoundaryKind.NAT))
                .map(b -> b.boundary().node().value()).toList();
        return keepers.isEmpty() ? Optional.empty()
                : Optional.of(" " + String.join(" and ", keepers) + " records the new connection in its state table.");
    }

    /** " (the other firewall)" when a boundary of the same kind on the other lane saw the opening. */
    private String otherBoundary(NodeId died) {
        Optional<BoundaryVerdict> here = verdict(died);
        boolean other = here.isPresent() && analysis.boundaries().stream()
                .anyMatch(b -> !b.boundary().node().equals(died) && b.opening() == Sight.SEEN
                        && b.boundary().kinds().stream().anyMatch(here.get().boundary().kinds()::contains));
        return other ? " (the other " + noun(here.get()) + ")" : "";
    }

    private String why(NodeId died, String kind) {
        Optional<BoundaryVerdict> verdict = verdict(died);
        if (verdict.isEmpty()) {
            return analysis.findings().stream().findFirst().map(f -> capitalised(f.summary().replaceAll("\\.$", "")))
                    .orElse(died + " drops the " + kind);
        }
        BoundaryVerdict v = verdict.get();
        List<String> reasons = new ArrayList<>();
        if (v.boundary().kinds().contains(BoundaryKind.NAT) && natFinding() && v.opening() == Sight.NOT_SEEN) {
            reasons.add(died + " never saw this connection's SYN, so it holds no address translation for it"
                    + " and drops the " + kind + " as INVALID");
        } else if (v.boundary().kinds().contains(BoundaryKind.STATEFUL_FIREWALL) && v.opening() == Sight.NOT_SEEN) {
            reasons.add(died + " never saw this connection's SYN, so it drops the " + kind + " as INVALID");
        } else if (v.boundary().kinds().contains(BoundaryKind.NAT)) {
            reasons.add(died + " holds no translation for this connection, so it cannot pass the " + kind + " back");
        } else if (v.boundary().kinds().contains(BoundaryKind.STRICT_RP_FILTER)) {
            reasons.add(died + " filters by reverse path (strict rp_filter) and drops the " + kind
                    + ", which arrives on an interface its reply would not leave by");
        } else {
            reasons.add(died + " drops the " + kind);
        }
        return String.join("; ", reasons);
    }

    private Optional<BoundaryVerdict> verdict(NodeId node) {
        return analysis.boundaries().stream().filter(b -> b.boundary().node().equals(node)).findFirst();
    }

    private boolean natFinding() {
        return analysis.findings().stream().findFirst()
                .filter(f -> f.kind() == dev.bothways.model.FindingKind.NAT_RETURN_MISS).isPresent();
    }

    private String noun(BoundaryVerdict v) {
        if (v.boundary().kinds().contains(BoundaryKind.NAT) && natFinding()) {
            return "NAT gateway";
        }
        if (v.boundary().kinds().contains(BoundaryKind.STATEFUL_FIREWALL)) {
            return "firewall";
        }
        return v.boundary().kinds().contains(BoundaryKind.NAT) ? "NAT" : "filter";
    }

    private static String role(String role, String host) {
        return host.equalsIgnoreCase(role) ? "the " + role : "the " + role + " " + host;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
