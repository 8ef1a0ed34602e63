package dev.bothways.analysis.lanes;

import dev.bothways.model.Basis;
import dev.bothways.model.NodeId;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Optional;

/** What one kind of evidence says about where a packet goes next from a node. */
record NextHopChoice(NodeId next, Basis basis, String how, List<Provenance> evidence, Optional<EcmpBranch> ecmp) {
}
