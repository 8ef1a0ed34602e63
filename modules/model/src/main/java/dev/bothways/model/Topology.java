package dev.bothways.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/** The nodes and links assembled from evidence, read-only once built. */
public final class Topology {
    private final Map<NodeId, Node> nodes;
    private final Graph<NodeId, Link> graph;

    private Topology(Map<NodeId, Node> nodes, Graph<NodeId, Link> graph) {
        this.nodes = nodes;
        this.graph = graph;
    }

    public static Topology of(List<Node> nodes, List<Link> links) {
        Map<NodeId, Node> byId = new LinkedHashMap<>();
        Graph<NodeId, Link> graph = new DirectedPseudograph<>(Link.class);
        for (Node node : nodes) {
            if (byId.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("two nodes named " + node.id());
            }
            graph.addVertex(node.id());
        }
        for (Link link : links) {
            if (!byId.containsKey(link.from()) || !byId.containsKey(link.to())) {
                throw new IllegalArgumentException("link to an unknown node: " + link);
            }
            graph.addEdge(link.from(), link.to(), link);
        }
        return new Topology(Map.copyOf(byId), new AsUnmodifiableGraph<>(graph));
    }

    public Optional<Node> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public List<Node> nodes() {
        return graph.vertexSet().stream().map(nodes::get).toList();
    }

    public List<Link> links() {
        return List.copyOf(graph.edgeSet());
    }

    public Graph<NodeId, Link> graph() {
        return graph;
    }
}
