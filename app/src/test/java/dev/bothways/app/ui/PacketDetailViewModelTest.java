package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.app.SampleCases;
import dev.bothways.capture.detail.DetailField;
import dev.bothways.capture.detail.DetailLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packet detail's state on the sample case, without a window: which capture points' copies it
 * offers, what it reads, what it says when it cannot, and that a late read never overwrites a newer one.
 */
class PacketDetailViewModelTest {
    @TempDir
    Path temp;

    /** A main view model on {@code folder}, its first packet step, and a detail view model over it. */
    private record Opened(MainViewModel main, FlowSteps steps, PacketDetailViewModel detail) {
        void pick(int index) {
            main.selectionProperty().set(new Selection.OfPacket(steps.steps().get(index)));
        }
    }

    private static Opened open(Path folder, TaskRunner detailRunner) {
        MainViewModel main = new MainViewModel(TaskRunner.SAME_THREAD);
        PacketDetailViewModel detail = new PacketDetailViewModel(main, detailRunner);
        main.openCase(folder);
        return new Opened(main, FlowSteps.of(main.analysisProperty().get()), detail);
    }

    private static List<String> layers(PacketDetailViewModel detail) {
        return detail.detailProperty().get().map(d -> d.layers().stream().map(DetailLayer::name).toList())
                .orElse(List.of());
    }

    @Test
    void aPacketIsShownAsTheFirstPointOfItsLaneCapturedIt() {
        Opened opened = open(SampleCases.DEFAULT, TaskRunner.SAME_THREAD);
        assertEquals(PacketDetailViewModel.NOTHING, opened.detail().messageProperty().get());
        opened.pick(1);
        // the SYN-ACK: server packet 4, then r2 packets 9 (in) and 10 (out), then fw2 packet 4 (in), as tshark numbers them
        assertEquals(List.of("server · packet 4, out", "r2 · packet 9, in", "r2 · packet 10, out", "fw2 · packet 4, in"),
                opened.detail().passesProperty().get().stream().map(PacketDetailViewModel.Pass::label).toList());
        assertEquals("server/capture.pcapng · packet 4 · 80 bytes", opened.detail().messageProperty().get());
        assertEquals(List.of("Frame 4: 80 bytes on wire (640 bits)", "Linux cooked capture v2", "Internet Protocol Version 4",
                "Transmission Control Protocol"), layers(opened.detail()));
    }

    @Test
    void aByteIsPickedAsItsFieldAndAnotherPacketForgetsIt() {
        Opened opened = open(SampleCases.DEFAULT, TaskRunner.SAME_THREAD);
        opened.pick(1);
        opened.detail().pickByte(28);
        assertEquals(Optional.of("Time to Live: 64"), opened.detail().fieldProperty().get().map(DetailField::text));
        opened.pick(0);
        assertEquals(Optional.empty(), opened.detail().fieldProperty().get());
    }

    @Test
    void aCaptureMissingFromTheFolderIsSaidPlainly() throws IOException {
        Path copy = temp.resolve("case");
        try (Stream<Path> files = Files.walk(SampleCases.DEFAULT)) {
            for (Path from : files.toList()) {
                Files.copy(from, copy.resolve(SampleCases.DEFAULT.relativize(from).toString()));
            }
        }
        Opened opened = open(copy, TaskRunner.SAME_THREAD);
        Files.delete(copy.resolve("server/capture.pcapng"));
        opened.pick(1);
        assertEquals("cannot read capture.pcapng: there is no such file", opened.detail().messageProperty().get());
        assertEquals(List.of(), layers(opened.detail()));
    }

    @Test
    void aReadThatFinishesLateDoesNotReplaceTheNewerOne() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> Running run(BackgroundWork<T> work, ProgressListener listener, Consumer<T> done,
                                   Consumer<Throwable> failed) {
                pending.add(() -> TaskRunner.SAME_THREAD.run(work, listener, done, failed));
                return () -> { };
            }
        };
        Opened opened = open(SampleCases.DEFAULT, later);
        opened.pick(0);
        opened.pick(1);
        pending.get(1).run();
        pending.get(0).run();
        assertEquals("server/capture.pcapng · packet 4 · 80 bytes", opened.detail().messageProperty().get());
        assertEquals("Frame 4: 80 bytes on wire (640 bits)", layers(opened.detail()).get(0));
    }
}
