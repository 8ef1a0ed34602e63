package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.layout.Placement;
import dev.bothways.capture.match.CrossCaptureMatch;
import dev.bothways.capture.match.PacketTrail;
import dev.bothways.model.Finding;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import dev.bothways.model.Observation;
import dev.bothways.model.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flow's packets, one step each, and the capture points they pass, ordered as the lane canvas
 * draws them (client left, server right, the nodes each lane alone passes between; capturing
 * hosts off both lanes last). Built from the analysis' cross-capture matching; empty without it.
 */
public record FlowSteps(List<String> points, List<PacketStep> steps) {
    public static final FlowSteps EMPTY = new FlowSteps(List.of(), List.of());

    public FlowSteps {
        points = List.copyOf(points);
        steps = List.copyOf(steps);
    }

    public static FlowSteps of(CaseAnalysis analysis) {
        return analysis.evidence().matching().map(m -> of(analysis, m)).orElse(EMPTY);
    }

    private static FlowSteps of(CaseAnalysis analysis, CrossCaptureMatch match) {
        List<String> points = columns(analysis, match);
        List<PacketTrail> trails = match.trails();
        List<Map<String, Observation>> observed = new ArrayList<>();
        long origin = Long.MAX_VALUE;
        for (int i = 0; i < trails.size(); i++) {
            Map<String, Observation> byPoint = new LinkedHashMap<>();
            match.observationsOf(i).forEach(o -> byPoint.put(o.capturePoint(), o));
            observed.add(byPoint);
            origin = Math.min(origin, start(byPoint));
        }
        Map<String, Integer> repeats = new HashMap<>();
        List<PacketStep> steps = new ArrayList<>();
        for (int i = 0; i < trails.size(); i++) {
            PacketTrail trail = trails.get(i);
            String key = trail.lane() + " " + trail.kind() + " " + trail.seq();
            int repeat = repeats.merge(key, 1, Integer::sum) - 1;
            double seconds = (start(observed.get(i)) - origin) / 1e9;
            steps.add(step(analysis, i, trail, observed.get(i), seconds, repeat));
        }
        return new FlowSteps(points, steps);
    }

    private static long start(Map<String, Observation> byPoint) {
        return byPoint.values().stream().filter(o -> o.visibility() == Visibility.SEEN)
                .mapToLong(Observation::timeNanos).min().orElse(Long.MAX_VALUE);
    }

    private static PacketStep step(CaseAnalysis analysis, int index, PacketTrail trail, Map<String, Observation> observed,
                                   double seconds, int repeat) {
        LanePath lane = trail.lane() == Lane.FORWARD ? analysis.lanes().forward() : analysis.lanes().back();
        Map<String, Visibility> visibility = new LinkedHashMap<>();
        observed.forEach((point, o) -> visibility.put(point, o.visibility()));
        trail.seenAt().forEach(p -> visibility.put(p, Visibility.SEEN));
        List<String> onLane = lane.nodes().stream().map(NodeId::value).filter(visibility::containsKey).toList();
        List<String> seen = new ArrayList<>(onLane.stream().filter(p -> visibility.get(p) == Visibility.SEEN).toList());
        trail.seenAt().stream().filter(p -> !seen.contains(p))
                .sorted(Comparator.comparingLong(p -> trail.at(p).orElseThrow().timeNanos()))
                .forEach(seen::add);
        List<NodeId> travelled = List.of();
        Optional<PacketStep.Stop> stop = Optional.empty();
        List<String> seenOnLane = onLane.stream().filter(p -> visibility.get(p) == Visibility.SEEN).toList();
        if (!seenOnLane.isEmpty()) {
            int from = lane.nodes().indexOf(new NodeId(seenOnLane.get(0)));
            int to = lane.nodes().indexOf(new NodeId(seenOnLane.get(seenOnLane.size() - 1)));
            travelled = lane.nodes().subList(from, to + 1).stream()
                    .filter(n -> visibility.get(n.value()) != Visibility.NOT_SEEN).toList();
            int last = onLane.indexOf(seenOnLane.get(seenOnLane.size() - 1));
            if (last + 1 < onLane.size()) {
                String next = onLane.get(last + 1);
                stop = Optional.of(new PacketStep.Stop(next, visibility.get(next)));
            }
        }
        Optional<NodeId> died = stop.filter(s -> s.visibility() == Visibility.NOT_SEEN)
                .map(s -> blamed(analysis, trail, lane, s.point()).orElse(new NodeId(seenOnLane.get(seenOnLane.size() - 1))));
        if (died.isEmpty() && !seenOnLane.isEmpty()) {
            died = droppedOnArrival(analysis, trail, seenOnLane.get(seenOnLane.size() - 1));
        }
        return new PacketStep(index, trail, seconds, repeat, visibility, seen, onLane, stop, travelled, died);
    }

    /**
     * The last node that saw it, when the top finding says this kind of packet died there: seen
     * arriving by the capture, dropped after it (strict rp_filter at the server drops the SYN
     * tcpdump has already seen).
     */
    private static Optional<NodeId> droppedOnArrival(CaseAnalysis analysis, PacketTrail trail, String lastSeen) {
        return analysis.findings().stream().findFirst()
                .filter(f -> f.died().filter(d -> d.lane() == trail.lane() && about(d.packet(), trail)).isPresent())
                .flatMap(Finding::at).filter(lastSeen::equals).map(NodeId::new);
    }

    /** Whether a finding's name for a packet ("SYN-ACK", "data segment") names this trail's kind. */
    static boolean about(String packet, PacketTrail trail) {
        return packet.equals(trail.kind().label()) || packet.equals(trail.kind().label() + " segment");
    }

    /**
     * The node the top finding blames, when it is about this kind of packet and lies on the lane
     * before {@code notSeen} (it may have no capture of its own).
     */
    private static Optional<NodeId> blamed(CaseAnalysis analysis, PacketTrail trail, LanePath lane, String notSeen) {
        Optional<Finding> top = analysis.findings().stream().findFirst();
        int before = lane.nodes().indexOf(new NodeId(notSeen));
        return top.filter(f -> f.died().filter(d -> d.lane() == trail.lane() && about(d.packet(), trail)).isPresent())
                .flatMap(Finding::at).map(NodeId::new)
                .filter(n -> lane.nodes().indexOf(n) >= 0 && lane.nodes().indexOf(n) < before);
    }

    /** The capture points in the lane canvas' order: by the layout's x, forward lane before return lane; unplaced last. */
    private static List<String> columns(CaseAnalysis analysis, CrossCaptureMatch match) {
        Map<NodeId, Placement> at = analysis.layout().byNode();
        List<String> points = match.coverage().stream().map(c -> c.capturePoint()).distinct().toList();
        Comparator<String> order = Comparator.comparing((String p) -> at.get(new NodeId(p)) == null)
                .thenComparingDouble(p -> Optional.ofNullable(at.get(new NodeId(p))).map(Placement::x).orElse(0.0))
                .thenComparingDouble(p -> Optional.ofNullable(at.get(new NodeId(p))).map(Placement::y).orElse(0.0));
        return points.stream().sorted(order).toList();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
