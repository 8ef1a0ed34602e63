package dev.bothways.importers;

import dev.bothways.importers.traceroute.TracerouteFormat;
import java.util.List;

/** Every text format Bothways reads, in the order detection tries them. */
public final class KnownFormats {
    private KnownFormats() {
    }

    public static List<ArtifactFormat<?>> all() {
        return List.of(new TracerouteFormat());
    }

    public static FormatDetector detector() {
        return new FormatDetector(all());
    }
}
