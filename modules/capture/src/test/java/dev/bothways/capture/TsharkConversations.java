package dev.bothways.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversations tshark printed for a capture ({@code -z conv,tcp -z conv,udp}), kept under
 * {@code src/test/resources/tshark/}. tshark rounds large byte counts ("21 kB"), so bytes are kept
 * with the rounding unit.
 */
public record TsharkConversations(List<Conversation> conversations, boolean refused) {

    private static final Pattern ROW = Pattern.compile(
            "(\\S+)\\s+<->\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(bytes|kB|MB)\\s+(\\d+)\\s+(\\d+)\\s+(bytes|kB|MB)\\s+.*");

    /** One row: endpoints "addr:port", frames and bytes B to A ("<-") and A to B ("->"). */
    public record Conversation(String protocol, String a, String b, long framesBToA, long bytesBToA, long unitBToA,
                               long framesAToB, long bytesAToB, long unitAToB) {
    }

    public static TsharkConversations forCapture(String name) throws IOException {
        try (InputStream in = TsharkConversations.class.getResourceAsStream("/tshark/" + name + ".conv.txt")) {
            if (in == null) {
                throw new IllegalStateException("no tshark expectation for " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Conversation> rows = new ArrayList<>();
            String protocol = "";
            for (String line : text.split("\n")) {
                if (line.endsWith(" Conversations")) {
                    protocol = line.substring(0, line.indexOf(' ')).toLowerCase(Locale.ROOT);
                }
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    rows.add(new Conversation(protocol, m.group(1), m.group(2),
                            Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), unit(m.group(5)),
                            Long.parseLong(m.group(6)), Long.parseLong(m.group(7)), unit(m.group(8))));
                }
            }
            return new TsharkConversations(rows, text.contains("tshark: "));
        }
    }

    private static long unit(String unit) {
        return switch (unit) {
            case "kB" -> 1000;
            case "MB" -> 1_000_000;
            default -> 1;
        };
    }
}
