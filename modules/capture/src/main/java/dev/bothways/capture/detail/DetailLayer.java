package dev.bothways.capture.detail;

import java.util.List;

/**
 * One protocol layer of a packet, a top line of the detail tree: {@code Internet Protocol Version 4}
 * with its summary ({@code Src: 10.0.1.2, Dst: 10.0.2.10}), the bytes it spans and its fields.
 */
public record DetailLayer(String name, String summary, int offset, int length, List<DetailField> fields) {
    public DetailLayer {
        fields = List.copyOf(fields);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a layer covers bytes " + offset + " +" + length);
        }
    }

    /** The line as the tree shows it: the name, then the summary after a comma. */
    public String text() {
        return summary.isEmpty() ? name : name + ", " + summary;
    }

    /** The field with this name, searched depth-first; the first one when several share it. */
    public java.util.Optional<DetailField> field(String fieldName) {
        return find(fields, fieldName);
    }

    private static java.util.Optional<DetailField> find(List<DetailField> fields, String fieldName) {
        for (DetailField f : fields) {
            if (f.name().equals(fieldName)) {
                return java.util.Optional.of(f);
            }
            java.util.Optional<DetailField> below = find(f.children(), fieldName);
            if (below.isPresent()) {
                return below;
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return text();
    }
}
