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
        return cli;
    }

    @Override
    public Integer call() {
        return WindowStart.open(Optional.empty());
    }
}
