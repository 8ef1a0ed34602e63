package dev.bothways.capture.detail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What tshark showed for one packet ({@code src/test/resources/tshark/detail/<name>.txt}, made by
 * {@code make-expectations.sh} there): the capture it came from, the top lines of its detail tree
 * with the lines under each, and its hex dump.
 *
 * @param source where the capture is: {@code corpus/pcap/<file>} or {@code samples/cases/<case>/<host>/<file>}
 */
record TsharkDetail(String source, long number, List<Layer> layers, List<String> hex) {

    /** A top line of the tree and the lines under it, each with its depth below the top line (0 for its children). */
    record Layer(String text, List<Line> lines) {
        String name() {
            int comma = text.indexOf(", ");
            return comma < 0 ? text : text.substring(0, comma);
        }
    }

    record Line(int depth, String text) {
    }

    private static final Pattern HEX_ROW = Pattern.compile("^[0-9a-f]{4}  .*");
    private static final Pattern HEADER = Pattern.compile("^# .*: tshark -n -V -r (\\S+) -Y frame\\.number==(\\d+), then -x$");
    private static final Pattern BITS = Pattern.compile("^[01. ]+ = ");
    private static final Pattern SUFFIX = Pattern.compile("\\s+\\[[^\\]]*\\]$");

    static TsharkDetail load(String name) throws IOException {
        String text;
        try (InputStream in = TsharkDetail.class.getResourceAsStream("/tshark/detail/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no tshark expectation " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] rows = text.split("\n");
        var header = HEADER.matcher(rows[0]);
        if (!header.matches()) {
            throw new IllegalStateException(name + " does not start with the tshark command: " + rows[0]);
        }
        List<Layer> layers = new ArrayList<>();
        List<String> hex = new ArrayList<>();
        String top = null;
        List<Line> lines = new ArrayList<>();
        boolean inHex = false;
        int skipBelow = Integer.MAX_VALUE;
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i];
            if (row.equals("#@ hex")) {
                inHex = true;
                continue;
            }
            if (inHex) {
                hex.add(row);
                continue;
            }
            if (row.isBlank() || HEX_ROW.matcher(row).matches()) {
                continue;
            }
            int indent = row.length() - row.stripLeading().length();
            String line = row.strip();
            if (indent == 0) {
                if (top != null) {
                    layers.add(new Layer(top, lines));
                }
                top = line;
                lines = new ArrayList<>();
                skipBelow = Integer.MAX_VALUE;
                continue;
            }
            int depth = indent / 4 - 1;
            if (depth > skipBelow) {
                continue;
            }
            skipBelow = Integer.MAX_VALUE;
            // Lines tshark makes up ([Stream index: 0]) and what it counts from the stream's start
            // ("(relative sequence number)") are Wireshark's analysis, not the packet's bytes.
            if (line.startsWith("[") || line.contains("(relative")) {
                skipBelow = depth;
                continue;
            }
            while (SUFFIX.matcher(line).find()) {
                line = SUFFIX.matcher(line).replaceFirst("");
            }
            lines.add(new Line(depth, line));
        }
        if (top != null) {
            layers.add(new Layer(top, lines));
        }
        return new TsharkDetail(header.group(1), Long.parseLong(header.group(2)), layers, hex);
    }

    /** The name a line gives its field: the text before ": ", after any bit pattern. */
    static String nameOf(String line) {
        String rest = BITS.matcher(line).replaceFirst("");
        int colon = rest.indexOf(": ");
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
