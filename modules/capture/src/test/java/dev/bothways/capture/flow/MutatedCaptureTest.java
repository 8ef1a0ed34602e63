package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile bytes: every corpus capture with random bytes overwritten and random cuts is indexed
 * without an exception (a fixed seed, so a failure is reproducible and becomes a named test).
 */
class MutatedCaptureTest {
    @TempDir
    Path temp;

    static Stream<Path> corpus() throws IOException {
        return CorpusFiles.pcaps().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void mutatedCopiesIndexWithoutThrowing(Path capture) throws IOException {
        byte[] original = Files.readAllBytes(capture);
        Random random = new Random(capture.getFileName().toString().hashCode());
        List<String> thrown = new ArrayList<>();
        for (int round = 0; round < 100; round++) {
            byte[] bytes = original.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips && bytes.length > 0; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(4) == 0 && bytes.length > 0 ? random.nextInt(bytes.length) : bytes.length;
            Path file = temp.resolve("mutated-" + round);
            Files.write(file, Arrays.copyOf(bytes, length));
            try {
                FlowIndexer.index(file, Progress.NONE);
            } catch (RuntimeException e) {
                thrown.add("round " + round + ": " + e);
            }
        }
        assertEquals(List.of(), thrown);
    }
}
