package dev.bothways.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * How a subcommand is called: its name, what it does, the one operand it takes, its options, and
 * the command made from them. Every subcommand also takes {@code -h/--help}. Commons CLI parses
 * the arguments; the help is written here, in the layout of a man page's synopsis.
 */
record CommandUsage(String name, String description, String operand, String operandHelp, List<Option> options,
                    Factory factory) {
    /** Makes the command from its operand and parsed options. */
    interface Factory {
        Command of(Path operand, CommandLine options);
    }

    static final Option HELP = Option.builder("h").longOpt("help").desc("show this help and exit").get();
    private static final int WIDTH = 80;

    CommandUsage {
        options = List.copyOf(options);
    }

    /** A long option without a value. */
    static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).get();
    }

    /** A long option that takes a value, shown as {@code --name=VALUE}. */
    static Option valued(String name, String value, String description) {
        return Option.builder().longOpt(name).hasArg().argName(value).desc(description).get();
    }

    /** The command {@code args} (what follows the name) ask for, or empty when they ask for help. */
    Optional<Command> command(List<String> args) throws ParseException {
        CommandLine line = parse(args);
        return line.hasOption(HELP) ? Optional.empty() : Optional.of(factory.of(Path.of(line.getArgList().get(0)), line));
    }

    /** Parses what follows the name; the exception's message says what is wrong, for the user. */
    private CommandLine parse(List<String> args) throws ParseException {
        Options all = new Options().addOption(HELP);
        options.forEach(all::addOption);
        CommandLine line = DefaultParser.builder().setAllowPartialMatching(false).get()
                .parse(all, args.toArray(String[]::new));
        List<String> operands = line.getArgList();
        if (!line.hasOption(HELP)) {
            if (operands.isEmpty()) {
                throw new ParseException("missing " + operand + ": " + operandHelp);
            }
            if (operands.size() > 1) {
                throw new ParseException("takes one " + operand + ", not " + operands.size() + ": "
                        + String.join(" ", operands));
            }
        }
        return line;
    }

    /** {@code bothways analyze [-h] [--json] [--flow=FLOW] CASE} */
    String synopsis() {
        StringBuilder s = new StringBuilder("bothways ").append(name).append(" [-h]");
        options.forEach(o -> s.append(" [").append(label(o)).append(']'));
        return s.append(' ').append(operand).toString();
    }

    String help() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  " + operand, operandHelp});
        rows.add(new String[] {"  -h, --help", HELP.getDescription()});
        options.forEach(o -> rows.add(new String[] {"      " + label(o), o.getDescription()}));
        return "Usage: " + synopsis() + "\n" + wrap(description, 0) + "\n" + table(rows);
    }

    private static String label(Option o) {
        return "--" + o.getLongOpt() + (o.hasArg() ? "=" + o.getArgName() : "");
    }

    /** Rows of a term and its explanation, the explanations in one column, wrapped. */
    static String table(List<String[]> rows) {
        int column = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
        StringBuilder s = new StringBuilder();
        for (String[] row : rows) {
            s.append(row[0]).append(" ".repeat(column - row[0].length())).append(wrap(row[1], column)).append('\n');
        }
        return s.toString();
    }

    /** {@code text} in lines of at most 80 columns, each but the first indented by {@code indent}. */
    static String wrap(String text, int indent) {
        StringBuilder s = new StringBuilder();
        int used = indent;
        for (String word : text.split(" ")) {
            if (used > indent && used + 1 + word.length() > WIDTH) {
                s.append('\n').append(" ".repeat(indent));
                used = indent;
            } else if (used > indent) {
                s.append(' ');
                used++;
            }
            s.append(word);
            used += word.length();
        }
        return s.toString();
    }
}
