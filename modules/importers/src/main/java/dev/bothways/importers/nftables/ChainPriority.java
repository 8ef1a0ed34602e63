package dev.bothways.importers.nftables;

import dev.bothways.model.netfilter.NetfilterFamily;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** nft's chain priorities, named ({@code filter}, {@code dstnat + 10}) or numeric, as numbers. */
final class ChainPriority {
    private static final Map<String, Integer> STANDARD = Map.of(
            "raw", -300, "mangle", -150, "dstnat", -100, "filter", 0, "security", 50, "srcnat", 100);
    private static final Map<String, Integer> BRIDGE = Map.of(
            "dstnat", -300, "filter", -200, "out", 100, "srcnat", 300);
    private static final Pattern EXPRESSION = Pattern.compile("\\s*([a-z]+|-?\\d+)\\s*(?:([+-])\\s*(\\d+))?\\s*");

    private ChainPriority() {
    }

    static OptionalInt parse(NetfilterFamily family, String text) {
        Matcher m = EXPRESSION.matcher(text);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        @Nullable Integer base;
        if (Character.isLetter(m.group(1).charAt(0))) {
            base = (family == NetfilterFamily.BRIDGE ? BRIDGE : STANDARD).get(m.group(1));
        } else {
            base = parseInt(m.group(1));
        }
        if (base == null) {
            return OptionalInt.empty();
        }
        if (m.group(2) == null) {
            return OptionalInt.of(base);
        }
        Integer offset = parseInt(m.group(3));
        if (offset == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(m.group(2).equals("+") ? base + offset : base - offset);
    }

    private static @Nullable Integer parseInt(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
