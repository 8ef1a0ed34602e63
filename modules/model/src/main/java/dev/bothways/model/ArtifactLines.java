package dev.bothways.model;

/** Lines {@code firstLine..lastLine} (1-based, inclusive) of a text artifact. */
public record ArtifactLines(ArtifactId artifact, int firstLine, int lastLine) implements Provenance {
    public ArtifactLines {
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
        }
    }

    public static ArtifactLines line(ArtifactId artifact, int line) {
        return new ArtifactLines(artifact, line, line);
    }

    @Override
    public String toString() {
        return firstLine == lastLine ? artifact + ":" + firstLine : artifact + ":" + firstLine + "-" + lastLine;
    }
}
