package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Progress;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code ip addr} text: an interface line ({@code 2: eth0@if5: <...> mtu 1500 ... state UP})
 * followed by indented {@code link/...}, {@code inet}, {@code inet6} and lifetime lines; also the
 * one-line form of {@code ip -o addr}.
 */
final class IpAddrParser extends IpTextParser<InterfaceAddress> {
    private static final Set<String> FLAGS = Set.of("secondary", "primary", "dynamic", "noprefixroute", "tentative",
            "deprecated", "nodad", "home", "mngtmpaddr", "temporary", "stable-privacy", "optimistic", "dadfailed",
            "permanent", "autojoin");

    private @Nullable String device;
    private int index;
    private String state = "UNKNOWN";

    IpAddrParser(ArtifactSource source, Progress progress) {
        super(source, progress, "ip addr");
    }

    @Override
    protected void words(String line, int number, int n) {
        String first = tokens.get(0);
        if (!tokens.indented() && first.endsWith(":") && n >= 2 && digits(first.substring(0, first.length() - 1))) {
            index = Integer.parseInt(first.substring(0, first.length() - 1));
            String name = tokens.get(1);
            name = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
            int at = name.indexOf('@');
            device = at > 0 ? name.substring(0, at) : name;
            state = "UNKNOWN";
            for (int i = 2; i + 1 < n; i++) {
                if (tokens.get(i).equals("state")) {
                    state = tokens.get(i + 1);
                }
            }
            if (n > 3 && (tokens.get(2).equals("inet") || tokens.get(2).equals("inet6"))) {
                address(2, number, line); // ip -o addr
            }
            return;
        }
        if (first.equals("inet") || first.equals("inet6")) {
            if (device == null) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                        "an address before any interface line; skipped");
                return;
            }
            address(0, number, line);
            return;
        }
        if (tokens.indented() || first.startsWith("link/") || first.equals("valid_lft") || first.equals("altname")) {
            return;
        }
        notOutput(line, number, "not an ip addr line; skipped");
    }

    private void address(int at, int number, String line) {
        int n = tokens.count();
        if (at + 1 >= n) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, number, line, "an address line with no address");
            return;
        }
        String text = tokens.get(at + 1);
        boolean six = tokens.get(at).equals("inet6");
        IPAddress address = AddressText.interfaceAddress(text.indexOf('/') < 0 ? text + (six ? "/128" : "/32") : text);
        if (address == null) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "'" + text + "' is not an address; skipped");
            return;
        }
        IPAddress peer = null;
        String scope = "global";
        String label = null;
        List<String> flags = new ArrayList<>();
        for (int i = at + 2; i < n; i++) {
            String key = tokens.get(i);
            boolean lineEnds = key.endsWith("\\"); // ip -o joins the lifetime line with a backslash
            if (lineEnds) {
                key = key.substring(0, key.length() - 1);
                if (key.isEmpty()) {
                    break;
                }
                n = i + 1;
            }
            if (FLAGS.contains(key)) {
                flags.add(key);
            } else if (i + 1 < n && (key.equals("peer") || key.equals("brd") || key.equals("scope")
                    || key.equals("metric") || key.equals("proto"))) {
                String value = tokens.get(++i);
                if (key.equals("peer")) {
                    peer = AddressText.interfaceAddress(value);
                } else if (key.equals("scope")) {
                    scope = value;
                }
            } else if (!six) {
                label = key;
            } else {
                flags.add(key);
            }
        }
        String name = device == null ? "" : device;
        items.add(new Evidence<>(new InterfaceAddress(name, index, state, address, Optional.ofNullable(peer), scope,
                Optional.ofNullable(label).filter(l -> !l.equals(name)), flags),
                ArtifactLines.line(source.id(), number)));
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        if (device == null && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no interfaces in the output");
        }
    }
}
