package dev.bothways.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The root command: with no subcommand, opens the window without a case. */
@Command(name = "bothways", mixinStandardHelpOptions = true, version = "Bothways 0.1.0", scope = ScopeType.INHERIT,
        description = "Diagnoses asymmetric routing from evidence collected at both ends of a failing flow.")
public final class BothwaysCommand implements Callable<Integer> {
    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("open", OpenCommand::new);
        commands.put("analyze", AnalyzeCommand::new);
        commands.put("inspect", InspectCommand::new);
        commands.put("flows", FlowsCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** The whole command line, every subcommand included. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /**
     * The command line for {@code args}: when they name a subcommand other than help, only that
     * one is set up. Picocli reads each command's annotations by reflection, which is most of a
     * short command's start-up; help and mistakes get them all.
     */
    public static CommandLine commandLine(String[] args) {
        boolean named = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
        return commandLine(named ? Set.of(args[0]) : COMMANDS.keySet());
    }

    private static CommandLine commandLine(Set<String> names) {
        CommandLine cli = new CommandLine(new BothwaysCommand());
        COMMANDS.forEach((name, command) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(BothwaysCommand::badUsage);
        return cli;
    }

    /** Usage errors in one line naming what was wrong, then the way to get help; exit code 2. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        boolean unknownCommand = e instanceof CommandLine.UnmatchedArgumentException u
                && cmd.getParent() == null && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-");
        if (unknownCommand) {
            String word = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
            cmd.getErr().println("bothways: unknown command '" + word + "'; the commands are "
                    + String.join(", ", COMMANDS.keySet()));
        } else {
            cmd.getErr().println("bothways " + cmd.getCommandName().replace("bothways", "").strip() + ": " + e.getMessage());
        }
        cmd.getErr().println("Try 'bothways --help'" + (cmd.getParent() == null ? "" : " or 'bothways help " + cmd.getCommandName() + "'") + ".");
        return 2;
    }

    @Override
    public Integer call() {
        return WindowStart.open(Optional.empty());
    }
}
