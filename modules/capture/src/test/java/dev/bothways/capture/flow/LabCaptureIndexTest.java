package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every capture of every lab case indexes without an error diagnostic. */
class LabCaptureIndexTest {

    static Stream<Path> captures() throws IOException {
        Optional<Path> any = CorpusFiles.labCase("healthy");
        if (any.isEmpty()) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(any.get().getParent(), 3)) {
            return files.filter(p -> p.getFileName().toString().equals("capture.pcapng")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void labCaptureIndexesWithoutErrors(Path capture) throws IOException {
        FlowTable table = FlowIndexer.index(capture, Progress.NONE);
        assertEquals(List.of(), table.diagnostics().stream()
                .filter(d -> d.severity() == CaptureDiagnostic.Severity.ERROR).map(CaptureDiagnostic::toString).toList());
    }
}
