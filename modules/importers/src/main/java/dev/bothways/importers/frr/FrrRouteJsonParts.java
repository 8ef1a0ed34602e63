package dev.bothways.importers.frr;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A large {@code show ip route json} read on several cores. vtysh pretty-prints the table with
 * every prefix key at the start of a line ({@code \n  ],\n  "10.0.0.0/8":[}), so the file can be
 * cut between two prefixes without reading it; each part is streamed by its own
 * {@link FrrRouteJsonParser} (with "{" and "}" around it), and the parts are joined in order, their
 * line numbers moved to the file's. Anything else (a small file, fewer than 3 cores, another
 * layout) is left to the single parser.
 */
final class FrrRouteJsonParts {
    /** Below this, one parser is quick enough and threads are not worth their start-up. */
    static final long PARALLEL_FROM = 32L << 20;
    private static final int MAX_PARTS = 4;
    private static final int LOOK_FOR_CUT = 4 << 20;
    private static final byte[] BETWEEN = "\n  ],\n  \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] START = "{\n  \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN = {'{'};
    private static final byte[] CLOSE = {'}'};

    private FrrRouteJsonParts() {
    }

    /** The parsed table, or empty when the input should be read by one parser. */
    static Optional<ParseResult<RibTable>> parse(ArtifactSource source, Progress progress) {
        // one core stays with the JVM's compiler and collector threads, which a single parser
        // already keeps busy: on 2 cores, parts were no faster than one parser and cost 25 % more CPU
        return parse(source, progress, Math.min(Runtime.getRuntime().availableProcessors() - 1, MAX_PARTS),
                PARALLEL_FROM);
    }

    /** As {@link #parse(ArtifactSource, Progress)}, in up to {@code cores} parts from {@code minimumSize} bytes on. */
    static Optional<ParseResult<RibTable>> parse(ArtifactSource source, Progress progress, int cores,
                                                 long minimumSize) {
        long size = source.size();
        if (cores < 2 || size < minimumSize) {
            return Optional.empty();
        }
        List<Long> quotes;
        try {
            quotes = cuts(source, size, cores);
        } catch (IOException e) {
            return Optional.empty(); // the single parser reads it again and reports the problem
        }
        if (quotes.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(join(source, progress, size, quotes));
    }

    /** Where the parts start: byte 0, then the opening quote of a prefix key near each 1/n of the file. */
    private static List<Long> cuts(ArtifactSource source, long size, int parts) throws IOException {
        List<Long> quotes = new ArrayList<>();
        try (InputStream in = source.stream()) {
            if (!Arrays.equals(in.readNBytes(START.length), START)) {
                return quotes;
            }
        }
        quotes.add(0L);
        for (int i = 1; i < parts; i++) {
            long from = Math.max(size * i / parts, quotes.getLast() + 1);
            OptionalLong quote = nextKey(source, from);
            if (quote.isPresent() && quote.getAsLong() < size) {
                quotes.add(quote.getAsLong());
            }
        }
        return quotes;
    }

    private static OptionalLong nextKey(ArtifactSource source, long from) throws IOException {
        byte[] window;
        try (InputStream in = source.stream()) {
            in.skipNBytes(from);
            window = in.readNBytes(LOOK_FOR_CUT);
        }
        for (int i = 0; i + BETWEEN.length <= window.length; i++) {
            if (Arrays.equals(window, i, i + BETWEEN.length, BETWEEN, 0, BETWEEN.length)) {
                return OptionalLong.of(from + i + BETWEEN.length - 1);
            }
        }
        return OptionalLong.empty();
    }

    private static ParseResult<RibTable> join(ArtifactSource source, Progress progress, long size, List<Long> quotes) {
        int n = quotes.size();
        long[] done = new long[n];
        List<FrrRouteJsonParser.Part> parts = new ArrayList<>(n);
        List<Range> ranges = new ArrayList<>(n);
        try (ExecutorService pool = Executors.newFixedThreadPool(n)) {
            List<Future<FrrRouteJsonParser.Part>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long start = quotes.get(i);
                long end = i + 1 < n ? quotes.get(i + 1) - (BETWEEN.length - 5) : size; // up to the comma
                Range range = new Range(source, start, end, i > 0, i + 1 < n);
                ranges.add(range);
                int part = i;
                Progress share = share(progress, done, part, size);
                FrrRouteJsonParser parser = new FrrRouteJsonParser(source.id(), range::open,
                        part == 0 ? source.firstLine() - 1 : 0, end - start, share);
                futures.add(pool.submit(parser::readPart));
            }
            for (Future<FrrRouteJsonParser.Part> f : futures) {
                parts.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a part of " + source.id() + " failed", e.getCause());
        }
        List<Evidence<RibEntry>> entries = new ArrayList<>();
        DiagnosticCollector diagnostics = new DiagnosticCollector(source.id());
        boolean cancelled = false;
        long lineOfPart = source.firstLine();
        for (int i = 0; i < n; i++) {
            int shift = i == 0 ? 0 : (int) (lineOfPart - 1);
            for (Evidence<RibEntry> e : parts.get(i).entries()) {
                entries.add(shift == 0 ? e : new Evidence<>(e.fact(), shifted((ArtifactLines) e.provenance(), shift)));
            }
            for (Diagnostic d : parts.get(i).diagnostics()) {
                if (d.message().equals(FrrRouteJsonParser.CANCELLED)) {
                    if (cancelled) {
                        continue;
                    }
                    cancelled = true;
                }
                diagnostics.add(d.severity(), d.kind(), d.line() > 0 ? d.line() + shift : 0, d.excerpt(), d.message());
            }
            lineOfPart += ranges.get(i).newlines() + 1; // the part's lines, and the one in ",\n  " after it
        }
        return new ParseResult<>(List.of(new RibTable(entries)), entries.size(),
                diagnostics.finish(entries.size(), FrrRouteJsonParser.WHAT));
    }

    private static ArtifactLines shifted(ArtifactLines lines, int shift) {
        return new ArtifactLines(lines.artifact(), lines.firstLine() + shift, lines.lastLine() + shift);
    }

    /** One part's share of the progress: the parts' bytes are summed for the caller. */
    private static Progress share(Progress progress, long[] done, int part, long size) {
        return new Progress() {
            @Override
            public void worked(long bytes, long total) {
                synchronized (done) {
                    done[part] = bytes;
                    progress.worked(Arrays.stream(done).sum(), size);
                }
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    /** Bytes {@code start..end} of the source, made a JSON object of their own, counting their newlines. */
    private static final class Range {
        private final ArtifactSource source;
        private final long start;
        private final long end;
        private final boolean open;
        private final boolean close;
        private volatile long newlines;

        Range(ArtifactSource source, long start, long end, boolean open, boolean close) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.open = open;
            this.close = close;
        }

        InputStream open() throws IOException {
            InputStream in = source.stream();
            in.skipNBytes(start);
            InputStream body = new CountingSlice(in, end - start);
            List<InputStream> pieces = new ArrayList<>(3);
            if (open) {
                pieces.add(new ByteArrayInputStream(OPEN));
            }
            pieces.add(body);
            if (close) {
                pieces.add(new ByteArrayInputStream(CLOSE));
            }
            return new SequenceInputStream(java.util.Collections.enumeration(pieces));
        }

        long newlines() {
            return newlines;
        }

        /** At most {@code remaining} bytes of {@code in}, counting the newlines that pass. */
        private final class CountingSlice extends InputStream {
            private final InputStream in;
            private long remaining;
            private long count;

            CountingSlice(InputStream in, long remaining) {
                this.in = in;
                this.remaining = remaining;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int got = in.read(buffer, offset, (int) Math.min(length, remaining));
                if (got < 0) {
                    remaining = 0;
                    return -1;
                }
                remaining -= got;
                for (int i = offset; i < offset + got; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
                newlines = count;
                return got;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        }
    }
}
