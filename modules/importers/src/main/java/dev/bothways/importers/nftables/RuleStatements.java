package dev.bothways.importers.nftables;

import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.CtMatch;
import dev.bothways.model.netfilter.CtState;
import dev.bothways.model.netfilter.CtStatus;
import dev.bothways.model.netfilter.NatKind;
import dev.bothways.model.netfilter.NatStatement;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of one nft rule line that Bothways reasons about, read from its words: interfaces,
 * {@code ct state}/{@code ct status} matches, the counter, {@code log}, NAT and the verdict. Words
 * in braces (anonymous sets, verdict maps, anonymous chains) stay one word, so a verdict inside a
 * map is not taken for the rule's own.
 */
record RuleStatements(Optional<String> inInterface, Optional<String> outInterface,
                      Optional<CtMatch<CtState>> ctState, Optional<CtMatch<CtStatus>> ctStatus,
                      Optional<Counters> counters, Optional<Verdict> verdict, boolean logs,
                      Optional<String> logPrefix, Optional<NatStatement> nat, OptionalLong handle,
                      List<String> unknownStates) {

    static RuleStatements read(String text) {
        List<String> w = words(text);
        Optional<String> in = Optional.empty();
        Optional<String> out = Optional.empty();
        Optional<CtMatch<CtState>> state = Optional.empty();
        Optional<CtMatch<CtStatus>> status = Optional.empty();
        Optional<Counters> counters = Optional.empty();
        Optional<Verdict> verdict = Optional.empty();
        boolean logs = false;
        Optional<String> prefix = Optional.empty();
        Optional<NatStatement> nat = Optional.empty();
        OptionalLong handle = OptionalLong.empty();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            switch (word) {
                case "iifname", "iif" -> {
                    if (inExpression(w, i)) {
                        continue;
                    }
                    Operand o = operand(w, i + 1);
                    in = Optional.of(o.text());
                    i = o.next() - 1;
                }
                case "oifname", "oif" -> {
                    if (inExpression(w, i)) {
                        continue;
                    }
                    Operand o = operand(w, i + 1);
                    out = Optional.of(o.text());
                    i = o.next() - 1;
                }
                case "ct" -> {
                    if (i + 1 < w.size() && (w.get(i + 1).equals("state") || w.get(i + 1).equals("status"))) {
                        Operand o = operand(w, i + 2);
                        if (o.next() > i + 2 && !o.value().equals("vmap") && !o.value().equals("set")) {
                            if (w.get(i + 1).equals("state")) {
                                state = Optional.of(ctMatch(o, CtState::ofLabel, CtState.class, unknown));
                            } else {
                                status = Optional.of(ctMatch(o, CtStatus::ofLabel, CtStatus.class, unknown));
                            }
                        }
                        i = o.next() - 1;
                    }
                }
                case "counter" -> {
                    if (i + 4 < w.size() && w.get(i + 1).equals("packets") && w.get(i + 3).equals("bytes")) {
                        OptionalLong p = number(w.get(i + 2));
                        OptionalLong b = number(w.get(i + 4));
                        if (p.isPresent() && b.isPresent()) {
                            counters = Optional.of(Counters.exact(p.getAsLong(), b.getAsLong()));
                            i += 4;
                        }
                    }
                }
                case "log" -> {
                    logs = true;
                    if (i + 2 < w.size() && w.get(i + 1).equals("prefix")) {
                        prefix = Optional.of(unquote(w.get(i + 2)));
                        i += 2;
                    }
                }
                case "snat", "dnat" -> {
                    int j = i + 1;
                    if (j < w.size() && (w.get(j).equals("ip") || w.get(j).equals("ip6"))) {
                        j++;
                    }
                    Optional<String> to = Optional.empty();
                    if (j + 1 < w.size() && w.get(j).equals("to")) {
                        to = Optional.of(w.get(j + 1));
                        j++;
                    }
                    nat = Optional.of(new NatStatement(word.equals("snat") ? NatKind.SNAT : NatKind.DNAT, to));
                    i = j;
                }
                case "masquerade", "redirect" -> {
                    Optional<String> to = i + 2 < w.size() && w.get(i + 1).equals("to")
                            ? Optional.of(w.get(i + 2)) : Optional.empty();
                    nat = Optional.of(new NatStatement(word.equals("masquerade") ? NatKind.MASQUERADE
                            : NatKind.REDIRECT, to));
                }
                case "accept", "drop", "reject", "return", "queue", "continue" ->
                        verdict = VerdictKind.ofLabel(word).map(Verdict::of);
                case "jump", "goto" -> {
                    if (i + 1 < w.size() && !w.get(i + 1).startsWith("{")) {
                        verdict = Optional.of(Verdict.to(VerdictKind.ofLabel(word).orElseThrow(), w.get(i + 1)));
                        i++;
                    } else if (i + 1 < w.size()) {
                        verdict = Optional.of(Verdict.to(VerdictKind.ofLabel(word).orElseThrow(), "(anonymous)"));
                        i++;
                    }
                }
                case "#" -> {
                    if (i + 2 < w.size() && w.get(i + 1).equals("handle")) {
                        handle = number(w.get(i + 2));
                    }
                    i = w.size();
                }
                case "comment" -> i++;
                default -> { }
            }
        }
        return new RuleStatements(in, out, state, status, counters, verdict, logs, prefix, nat, handle,
                List.copyOf(unknown));
    }

    /** True when an interface keyword is part of a concatenation or a fib lookup, not a match of its own. */
    private static boolean inExpression(List<String> w, int i) {
        String before = i > 0 ? w.get(i - 1) : "";
        String after = i + 1 < w.size() ? w.get(i + 1) : "";
        return before.equals(".") || after.equals(".") || before.equals("iif") || before.equals("oif")
                || before.equals("iifname") || before.equals("oifname");
    }

    /** A match operand: an optional {@code !=}/{@code ==} and one value or a braced set. */
    private record Operand(boolean negated, String value, int next) {
        String text() {
            return (negated ? "!= " : "") + unquote(value);
        }
    }

    private static Operand operand(List<String> w, int at) {
        if (at >= w.size()) {
            return new Operand(false, "", at);
        }
        boolean negated = false;
        if (w.get(at).equals("!=") || w.get(at).equals("==")) {
            negated = w.get(at).equals("!=");
            at++;
        }
        if (at >= w.size()) {
            return new Operand(negated, "", at);
        }
        return new Operand(negated, w.get(at), at + 1);
    }

    private static <V extends Enum<V>> CtMatch<V> ctMatch(Operand o, Function<String, Optional<V>> byLabel,
                                                          Class<V> type, List<String> unknown) {
        Set<V> values = EnumSet.noneOf(type);
        String list = o.value().startsWith("{") ? o.value().substring(1, o.value().length() - 1) : o.value();
        for (String label : list.split("[,\\s]+")) {
            if (label.isEmpty()) {
                continue;
            }
            Optional<V> v = byLabel.apply(label);
            if (v.isPresent()) {
                values.add(v.get());
            } else {
                unknown.add(label);
            }
        }
        return new CtMatch<>(o.negated(), values);
    }

    private static OptionalLong number(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Splits on blanks, keeping quoted strings and braced groups (nested) whole. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                word.append(c);
                if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                word.append(c);
            } else if (c == '{') {
                depth++;
                word.append(c);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                word.append(c);
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString());
        }
        return out;
    }
}
