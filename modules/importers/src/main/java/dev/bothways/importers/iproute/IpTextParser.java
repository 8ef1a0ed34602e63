package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the iproute2 text parsers share: the facts read so far, the words of the current line, and
 * how a line that is no fact is told: an error {@code ip} printed instead of output, a pasted
 * {@code ip} command (quietly passed), or a line of something else.
 *
 * @param <T> the fact each line (or group of lines) yields
 */
abstract class IpTextParser<T> extends LineOrientedParser {
    protected final List<Evidence<T>> items = new ArrayList<>();
    protected final Tokens tokens = new Tokens();
    private final String formatName;

    IpTextParser(ArtifactSource source, Progress progress, String formatName) {
        super(source, progress);
        this.formatName = formatName;
    }

    final ParseResult<Evidence<T>> parse() {
        run();
        return new ParseResult<>(items, items.size(), diagnosticsFor(items.size()));
    }

    @Override
    protected final String formatName() {
        return formatName;
    }

    /** Splits the line into {@link #tokens}; a blank line carries nothing. */
    @Override
    protected final void line(String line, int number) {
        int n = tokens.split(line);
        if (n > 0) {
            words(line, number, n);
        }
    }

    /** One line that has words: {@code n} of them, in {@link #tokens}. */
    protected abstract void words(String line, int number, int n);

    /**
     * Reports a line that yields no fact: {@code ip}'s own error as suspicious, anything but a pasted
     * {@code ip} command as malformed, saying {@code why}.
     */
    protected final void notOutput(String line, int number, String why) {
        Optional<String> error = IpTextShape.toolError(line);
        if (error.isPresent()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.SUSPICIOUS, number, line,
                    "ip reported an error instead of output: " + error.get());
            return;
        }
        if (IpCommand.find(line).isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, why);
        }
    }
}
