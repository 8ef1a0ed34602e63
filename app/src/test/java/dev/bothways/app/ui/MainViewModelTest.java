package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.app.SampleCases;
import dev.bothways.app.cli.BothwaysCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model without a window. */
class MainViewModelTest {

    @Test
    void statusCountsEveryDiagnosticTheReportHasCapturesIncluded(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("cut-capture");
        try (Stream<Path> files = Files.walk(SampleCases.DEFAULT)) {
            for (Path f : files.toList()) {
                Path to = folder.resolve(SampleCases.DEFAULT.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        // A capture cut in the middle of a packet: reading it gives one diagnostic of its own.
        Path capture = folder.resolve("client/capture.pcapng");
        byte[] bytes = Files.readAllBytes(capture);
        Files.write(capture, Arrays.copyOf(bytes, bytes.length - 30));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(json, true, StandardCharsets.UTF_8));
        try {
            BothwaysCommand.run("analyze", "--json", folder.toString());
        } finally {
            System.setOut(old);
        }
        var reported = new ObjectMapper().readTree(json.toByteArray()).get("diagnostics");
        long fromCapture = 0;
        for (var d : reported) {
            fromCapture += d.get("file").asText().endsWith("capture.pcapng") ? 1 : 0;
        }

        MainViewModel model = new MainViewModel(TaskRunner.SAME_THREAD);
        model.openCase(folder);
        String status = model.statusProperty().get();
        assertEquals(List.of(1L, (long) reported.size()),
                List.of(fromCapture, Long.parseLong(status.replaceAll(".*, (\\d+) diagnostics$", "$1"))), status);
    }
}
