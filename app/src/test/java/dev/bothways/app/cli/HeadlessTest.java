package dev.bothways.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.app.Main;
import dev.bothways.app.SampleCases;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headless commands never load a JavaFX class, even with JavaFX on the class path. */
class HeadlessTest {

    @Test
    void analyzeLoadsNoJavaFxClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", SampleCases.DEFAULT.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        List<String> javafx = output.lines().filter(l -> l.startsWith("[") && l.contains(" javafx.")).toList();
        assertEquals(List.of(), javafx);
        assertEquals(true, output.contains("\"forward\""));
        assertEquals(true, System.getProperty("java.class.path").contains("javafx" + File.separator)
                || System.getProperty("java.class.path").contains("javafx-"));
    }
}
