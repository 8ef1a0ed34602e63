package dev.bothways.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.Detection;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code bothways inspect FILE [--json] [--format ID]}: what a file is and how much of it was understood. */
record InspectCommand(Path file, boolean json, @Nullable String format) implements Command {
    record Report(String file, String type, double confidence, List<Candidate> candidates, int items,
                  List<Problem> diagnostics) {
    }

    record Candidate(String type, double confidence) {
    }

    record Problem(int line, int column, String severity, String message) {
    }

    @Override
    public int run() throws JsonProcessingException {
        if (!Files.isRegularFile(file)) {
            System.err.println("bothways: " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            return 2;
        }
        if (dev.bothways.capture.read.CaptureReader.isCapture(file)) {
            return inspectCapture();
        }
        ArtifactId id = new ArtifactId(file.getFileName().toString());
        String host = Optional.ofNullable(file.toAbsolutePath().getParent())
                .map(p -> p.getFileName() == null ? "local" : p.getFileName().toString()).orElse("local");
        ImportedArtifact imported = ArtifactReader.standard().read(id, file, host, Optional.ofNullable(format), Progress.NONE);
        String type = imported.artifact().format();
        double confidence = imported.candidates().stream().filter(c -> c.format().id().equals(type))
                .mapToDouble(Detection::confidence).findFirst().orElse(format != null && imported.result().isPresent() ? 1.0 : 0.0);
        Report report = new Report(file.toString(), type, confidence,
                imported.candidates().stream().map(c -> new Candidate(c.format().id(), c.confidence())).toList(),
                imported.understood(),
                imported.diagnostics().stream()
                        .map(d -> new Problem(d.line(), d.column(), d.severity().label(), d.message())).toList());
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            System.out.printf("%s: %s (confidence %.2f), %d items understood%n", file, type, confidence, report.items());
            report.candidates().stream().skip(1)
                    .forEach(c -> System.out.printf("  also could be: %s (%.2f)%n", c.type(), c.confidence()));
            imported.diagnostics().forEach(d -> System.out.println("  " + file + (d.line() > 0 ? ":" + d.line() : "")
                    + (d.column() > 0 ? ":" + d.column() : "") + ": " + d.severity().label() + ": " + d.message()));
        }
        return imported.result().isPresent() ? 0 : 1;
    }

    /** A capture: its format, how many packets were read, and what went wrong (by packet number and byte offset). */
    private int inspectCapture() throws JsonProcessingException {
        dev.bothways.capture.flow.FlowTable table;
        try {
            table = dev.bothways.capture.flow.FlowIndexer.index(file, Progress.NONE);
        } catch (java.io.IOException e) {
            System.err.println("bothways: " + file + ": cannot read: " + e.getMessage());
            return 2;
        }
        String type = table.format().name().toLowerCase(java.util.Locale.ROOT);
        Report report = new Report(file.toString(), type, 1.0, List.of(new Candidate(type, 1.0)),
                (int) Math.min(Integer.MAX_VALUE, table.packets()),
                table.diagnostics().stream().map(d -> new Problem(0, 0, d.severity().label(),
                        "packet " + d.packet() + " (byte " + d.offset() + "): " + d.message())).toList());
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            System.out.printf("%s: %s, %d packet%s in %d flow%s%n", file, type, table.packets(), table.packets() == 1 ? "" : "s",
                    table.flows().size(), table.flows().size() == 1 ? "" : "s");
            report.diagnostics().forEach(d -> System.out.println("  " + file + ": " + d.severity() + ": " + d.message()));
        }
        return 0;
    }
}
