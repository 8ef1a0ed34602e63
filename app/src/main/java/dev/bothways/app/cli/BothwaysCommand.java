package dev.bothways.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: with no subcommand, opens the window without a case. */
@Command(name = "bothways", mixinStandardHelpOptions = true, version = "Bothways 0.1.0",
        description = "Diagnoses asymmetric routing from evidence collected at both ends of a failing flow.",
        subcommands = {OpenCommand.class, AnalyzeCommand.class, InspectCommand.class, FlowsCommand.class,
                CommandLine.HelpCommand.class})
public final class BothwaysCommand implements Callable<Integer> {

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BothwaysCommand());
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
                    + String.join(", ", cmd.getSubcommands().keySet()));
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
