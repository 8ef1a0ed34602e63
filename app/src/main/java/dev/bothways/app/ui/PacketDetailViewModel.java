package dev.bothways.app.ui;

import dev.bothways.capture.detail.DetailField;
import dev.bothways.capture.detail.PacketBytes;
import dev.bothways.capture.detail.PacketDetail;
import dev.bothways.capture.detail.PacketLookup;
import dev.bothways.capture.match.Sighting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The packet detail pane's state: the selected packet's passes through the capture points, the
 * one shown, its layers and bytes (read and decoded off the FX thread), and the field picked in
 * the tree or the hex dump. Touches no control.
 */
public final class PacketDetailViewModel {
    /** One pass of the packet through one capture point: a router capturing on "any" sees it come in and go out. */
    public record Pass(String point, Sighting sighting) {
        /** "r2 · packet 10, out". */
        public String label() {
            String way = sighting.linkPacketType() < 0 ? "" : sighting.outgoing() ? ", out" : ", in";
            return point + " · packet " + sighting.packet().number() + way;
        }
    }

    static final String NOTHING = "Pick a packet in the list or the ladder to see its layers and bytes.";

    private final MainViewModel main;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<List<Pass>> passes = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Pass> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<PacketDetail>> detail = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NOTHING);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Optional<DetailField>> field = new SimpleObjectProperty<>(Optional.empty());
    private TaskRunner.Running reading;
    /** Counts the reads asked for, so a slow read finishing after a newer one is dropped. */
    private long asked;

    public PacketDetailViewModel(MainViewModel main, TaskRunner runner) {
        this.main = main;
        this.runner = runner;
        main.selectionProperty().addListener((obs, old, now) -> {
            if (now instanceof Selection.OfPacket p) {
                show(p.step());
            }
        });
        main.analysisProperty().addListener((obs, old, now) -> clear());
        chosen.addListener((obs, old, now) -> read(now));
    }

    /** The passes of the packet, in the order its lane visits their capture points, the first one shown. */
    void show(PacketStep step) {
        List<String> order = Stream.concat(step.seen().stream(), step.trail().sightings().keySet().stream())
                .distinct().toList();
        List<Pass> all = new ArrayList<>();
        for (String point : order) {
            step.trail().sightings().getOrDefault(point, List.of()).forEach(s -> all.add(new Pass(point, s)));
        }
        title.set(step.label() + ", " + step.lane().label() + " lane");
        passes.set(List.copyOf(all));
        chosen.set(all.isEmpty() ? null : all.get(0));
    }

    private void clear() {
        title.set("");
        passes.set(List.of());
        chosen.set(null);
    }

    private void read(Pass pass) {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
        long ask = ++asked;
        field.set(Optional.empty());
        detail.set(Optional.empty());
        Path folder = main.caseFolderProperty().get();
        if (pass == null || folder == null) {
            message.set(NOTHING);
            return;
        }
        String artifact = pass.sighting().packet().artifact().value();
        long number = pass.sighting().packet().number();
        Path file = folder.resolve(artifact);
        message.set("Reading packet " + number + " of " + artifact + " …");
        reading = runner.run(p -> shown(PacketBytes.read(file, number, p), artifact, number),
                f -> { },
                shown -> {
                    if (ask == asked) {
                        detail.set(shown.detail());
                        message.set(shown.message());
                    }
                },
                error -> {
                    if (ask == asked) {
                        message.set("Cannot show packet " + number + " of " + artifact + ": " + error.getMessage());
                    }
                });
    }

    /** What the pane shows for a packet: its layers and where they come from, or why there are none. */
    private record Shown(Optional<PacketDetail> detail, String message) {
    }

    /** Decodes what was found, still off the FX thread. */
    private static Shown shown(PacketLookup lookup, String artifact, long number) {
        return switch (lookup) {
            case PacketLookup.Found found -> new Shown(Optional.of(PacketDetail.of(found.packet())),
                    artifact + " · packet " + number + " · " + (found.packet().length() == found.packet().originalLength()
                            ? found.packet().length() + " bytes"
                            : found.packet().length() + " of " + found.packet().originalLength() + " bytes captured"));
            case PacketLookup.Missing missing -> new Shown(Optional.empty(), missing.reason());
        };
    }

    /** Picks the field a clicked byte belongs to, as Wireshark does. */
    public void pickByte(int index) {
        detail.get().ifPresent(d -> field.set(d.fieldAt(index)));
    }

    public ReadOnlyObjectProperty<List<Pass>> passesProperty() {
        return passes.getReadOnlyProperty();
    }

    /** The pass shown; set it to show another capture point's copy of the packet. */
    public ObjectProperty<Pass> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<Optional<PacketDetail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Which packet of the flow it is: "SYN-ACK (again), return lane"; empty before one is picked. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Where the bytes come from, or why there are none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The field picked in the tree or by a byte; the hex dump shows its bytes. */
    public ObjectProperty<Optional<DetailField>> fieldProperty() {
        return field;
    }
}
