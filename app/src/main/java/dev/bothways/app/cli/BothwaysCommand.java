package dev.bothways.app.cli;

import static dev.bothways.app.cli.CommandUsage.flag;
import static dev.bothways.app.cli.CommandUsage.valued;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.ParseException;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code bothways [open CASE | analyze CASE | inspect FILE | flows CAPTURE | help [COMMAND]]}.
 * With no subcommand it opens the window without a case. Usage mistakes get one line naming
 * what was wrong and the way to get help, and exit code 2.
 */
public final class BothwaysCommand {
    private static final String VERSION = "Bothways 0.1.0";
    private static final String ABOUT = "Diagnoses asymmetric routing from evidence collected at both ends of a failing flow.";
    private static final String CASE_HELP = "a case folder: one subfolder per host";

    /** The subcommands, in the order help lists them. */
    private static final List<CommandUsage> COMMANDS = List.of(
            new CommandUsage("open", "Open a case folder in the window.", "CASE", CASE_HELP, List.of(),
                    (operand, options) -> new OpenCommand(operand)),
            new CommandUsage("analyze", "Print the lanes, the state-boundary verdicts and the findings of a case.",
                    "CASE", CASE_HELP, List.of(flag("json", "print JSON (the shape DESIGN.md gives)"),
                            valued("flow", "FLOW", "the flow to follow, e.g. \"tcp 192.0.2.20:43122 > 203.0.113.10:443\"")),
                    (operand, options) -> new AnalyzeCommand(operand, options.hasOption("json"), options.getOptionValue("flow"))),
            new CommandUsage("inspect", "Say what kind of artifact a file is, how much of it was understood, and every diagnostic.",
                    "FILE", "a file of collected output or a capture", List.of(
                            flag("json", "print JSON: {file, type, confidence, candidates, items, diagnostics}"),
                            valued("format", "ID", "read as this format instead of detecting it")),
                    (operand, options) -> new InspectCommand(operand, options.hasOption("json"), options.getOptionValue("format"))),
            new CommandUsage("flows", "List the flows of a pcap/pcapng capture with packets and bytes per direction, "
                    + "time span and TCP handshake state (the work of tshark -q -z conv,tcp).",
                    "CAPTURE", "a pcap or pcapng file", List.of(flag("json", "print JSON: {file, packets, flows, diagnostics}")),
                    (operand, options) -> new FlowsCommand(operand, options.hasOption("json"))));

    private BothwaysCommand() {
    }

    /** Runs the command line {@code args}; returns the exit code. */
    public static int run(String... args) {
        if (args.length == 0) {
            return WindowStart.open(Optional.empty());
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "-h", "--help" -> {
                System.out.print(help());
                return 0;
            }
            case "-V", "--version" -> {
                System.out.println(VERSION);
                return 0;
            }
            case "help" -> {
                return helpCommand(rest);
            }
            default -> {
                Optional<CommandUsage> usage = usage(args[0]);
                if (usage.isEmpty()) {
                    return mistake(null, args[0].startsWith("-") ? "unknown option '" + args[0] + "'"
                            : "unknown command '" + args[0] + "'; the commands are " + names());
                }
                return run(usage.get(), rest);
            }
        }
    }

    private static int run(CommandUsage usage, List<String> args) {
        Optional<Command> command;
        try {
            command = usage.command(args);
        } catch (ParseException e) {
            return mistake(usage, e.getMessage());
        }
        if (command.isEmpty()) {
            System.out.print(usage.help());
            return 0;
        }
        try {
            return command.get().run();
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bothways " + usage.name() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int helpCommand(List<String> args) {
        if (args.isEmpty() || args.equals(List.of("help"))) {
            System.out.print(help());
            return 0;
        }
        Optional<CommandUsage> usage = usage(args.get(0));
        if (usage.isEmpty() || args.size() > 1) {
            return mistake(null, "help takes one of the commands " + names() + ", not " + String.join(" ", args));
        }
        System.out.print(usage.get().help());
        return 0;
    }

    /** The help of the whole command line. */
    private static String help() {
        List<String[]> commands = new ArrayList<>();
        COMMANDS.forEach(c -> commands.add(new String[] {"  " + c.name(), c.description()}));
        commands.add(new String[] {"  help", "Show the help of a command: bothways help flows."});
        return "Usage: bothways [-hV] [COMMAND]\n" + CommandUsage.wrap(ABOUT, 0)
                + "\nWith no command, opens the window without a case.\n"
                + CommandUsage.table(List.<String[]>of(new String[] {"  -h, --help", CommandUsage.HELP.getDescription()},
                        new String[] {"  -V, --version", "print the version and exit"}))
                + "Commands:\n" + CommandUsage.table(commands);
    }

    private static Optional<CommandUsage> usage(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static String names() {
        List<String> names = new ArrayList<>(COMMANDS.stream().map(CommandUsage::name).toList());
        names.add("help");
        return String.join(", ", names);
    }

    /** One line naming the mistake, one saying where help is; exit code 2. */
    private static int mistake(@Nullable CommandUsage usage, String message) {
        PrintStream err = System.err;
        err.println("bothways" + (usage == null ? "" : " " + usage.name()) + ": " + message);
        err.println("Try 'bothways --help'" + (usage == null ? "" : " or 'bothways help " + usage.name() + "'") + ".");
        return 2;
    }
}
