package dev.bothways.capture.flow;

import dev.bothways.model.ArtifactId;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The flows of a finished index, each made into a {@link Flow} when it is asked for. A capture's
 * flows can number hundreds of thousands; built all at once they would double the index's memory
 * and cost a collection that copies every one of them, while a reader that streams through them
 * (a listing, a count) leaves only short-lived garbage. Unmodifiable; the builders are no longer
 * written to.
 */
final class IndexedFlows extends AbstractList<Flow> implements RandomAccess {
    private final List<FlowBuilder> builders;
    private final ArtifactId artifact;
    private final boolean ipv4Only;

    /**
     * {@code builders} in the order their first packets appear, handed over (not copied: the
     * indexer drops its list); {@code ipv4Only} when none is over IPv6.
     */
    IndexedFlows(List<FlowBuilder> builders, ArtifactId artifact, boolean ipv4Only) {
        this.builders = builders;
        this.artifact = artifact;
        this.ipv4Only = ipv4Only;
    }

    @Override
    public Flow get(int index) {
        return builders.get(index).build(artifact);
    }

    boolean ipv4Only() {
        return ipv4Only;
    }

    @Override
    public int size() {
        return builders.size();
    }
}
