package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same real outputs as the golden tests, pasted bare (collector header removed, as an engineer
 * pastes from a terminal): detection alone must still name the format.
 */
class DetectionWithoutHeaderTest {

    static Stream<String> fixtures() throws IOException {
        return Stream.of("iproute", "paths", "sysctl").flatMap(folder -> {
            try (Stream<Path> files = Files.list(Golden.input(folder + "/x").getParent())) {
                return files.map(p -> folder + "/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted()
                        .toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void bareOutputIsDetectedAsWithItsHeader(String fixture) throws IOException {
        String text = Files.readString(Golden.input(fixture.substring(0, fixture.length() - 4)));
        ImportedArtifact withHeader = Imports.paste(text);
        String bare = text.lines().filter(l -> !l.startsWith("#@ ")).collect(Collectors.joining("\n", "", "\n"));
        ImportedArtifact pasted = Imports.paste(bare);
        String expected = withHeader.artifact().format();
        // a refusal is a one-line kernel error; without the command it could be any ip route get answer
        assertEquals(expected, pasted.artifact().format(), fixture + " " + pasted.candidates());
        assertEquals(withHeader.understood(), pasted.understood(), fixture);
    }
}
