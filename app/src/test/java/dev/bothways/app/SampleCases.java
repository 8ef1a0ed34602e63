package dev.bothways.app;

import java.nio.file.Path;

/** The lab's cases bundled with the project, found from the build's root. */
public final class SampleCases {
    public static final Path DEFAULT = of("firewall-pair-ecmp");

    private SampleCases() {
    }

    public static Path of(String name) {
        return Path.of(System.getProperty("bothways.root", "..")).resolve("samples/cases").resolve(name);
    }
}
