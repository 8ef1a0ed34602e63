package dev.bothways.importers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the known formats for a head of text, best first; formats that answer
 * {@link MatchStrength#NO_MATCH} are left out. A detector that fails is skipped, never fatal.
 */
public final class FormatDetector {
    private final List<ArtifactFormat<?>> formats;

    public FormatDetector(List<ArtifactFormat<?>> formats) {
        this.formats = List.copyOf(formats);
    }

    public List<Detection> rank(Sniff head) {
        List<Detection> found = new ArrayList<>();
        for (ArtifactFormat<?> format : formats) {
            MatchStrength strength;
            try {
                strength = format.detect(head);
            } catch (RuntimeException e) {
                strength = MatchStrength.NO_MATCH;
            }
            if (strength != MatchStrength.NO_MATCH) {
                found.add(new Detection(format, strength));
            }
        }
        found.sort(Comparator.comparingDouble(Detection::confidence).reversed());
        return List.copyOf(found);
    }

    public List<ArtifactFormat<?>> formats() {
        return formats;
    }
}
