package dev.bothways.capture.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lab case without NAT: the flow's first SYN is matched between client and server, and each
 * host's clock offset to the client is what the lab's {@code expected.json} says it set, within 50 ms.
 */
class LabCaseOffsetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        Optional<Path> any = CorpusFiles.labCase("healthy");
        if (any.isEmpty()) {
            return Stream.empty();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(any.get().getParent())) {
            for (Path dir : dirs.sorted().toList()) {
                JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
                if (!expected.has("translated") && Files.exists(dir.resolve("client/capture.pcapng"))) {
                    out.add(dir.getFileName().toString());
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void synMatchesAcrossClientAndServerAndOffsetsAreTheLabs(String name) throws IOException {
        Path folder = CorpusFiles.labCase(name).orElseThrow();
        FiveTuple flow = FiveTuple.parse(JSON.readTree(folder.resolve("case.json").toFile()).get("flow").asText()).orElseThrow();
        JsonNode offsets = JSON.readTree(folder.resolve("expected.json").toFile()).get("clockOffsets");
        List<CaptureInput> inputs = new ArrayList<>();
        inputs.add(input(folder, "client"));
        offsets.fieldNames().forEachRemaining(host -> {
            if (!host.equals("client") && Files.exists(folder.resolve(host).resolve("capture.pcapng"))) {
                inputs.add(input(folder, host));
            }
        });
        CrossCaptureMatch m = CrossCaptureMatcher.match(inputs, List.of(flow), List.of(), Map.of(), Progress.NONE);

        PacketTrail syn = m.trails().stream().filter(t -> t.kind() == PacketKind.SYN).findFirst().orElseThrow();
        assertTrue(syn.at("client").isPresent() && syn.at("server").isPresent(), "first SYN seen at " + syn.seenAt());
        double client = offsets.get("client").asDouble();
        for (ClockOffset offset : m.offsets()) {
            long expected = Math.round((offsets.get(offset.capturePoint()).asDouble() - client) * 1e9);
            assertEquals(expected, offset.offsetNanos(), 50_000_000L, offset.toString());
        }
    }

    private static CaptureInput input(Path folder, String host) {
        return new CaptureInput(host, folder.resolve(host).resolve("capture.pcapng"), new ArtifactId(host + "/capture.pcapng"));
    }
}
