package dev.bulwark.cli;

import dev.bulwark.core.BulwarkException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bulwark} command line. Exit codes: 0 when the command did its work, 1 when it
 * failed, 2 when the input was wrong (an unknown country, a malformed option or file).
 */
@Command(
    name = "bulwark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Answers, with numbers, sources and uncertainty, who pays for the transatlantic alliance.",
        "",
        "Every figure is printed with its source and edition; NATO's 2023 and 2024 values are",
        "NATO estimates, and SIPRI's estimates are flagged as such.",
    },
    subcommands = {
        SpendingCommand.class,
        GapCommand.class,
        PathCommand.class,
        FairShareCommand.class,
        ExploitationCommand.class,
        CountriesCommand.class,
        SourcesCommand.class,
        ImportCommand.class,
        GuaranteeCommand.class,
        UmbrellaCommand.class,
        TreatiesCommand.class,
        BriefCommand.class,
        CampaignCommand.class,
        PostureCommand.class,
        ScenarioCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class,
    },
    footer = {
        "",
        "Examples:",
        "  bulwark spending --year 2024 --alliance NATO",
        "  bulwark gap --target 3.5 --year 2024 --format csv > gap.csv",
        "  bulwark brief --out brief",
    })
public final class Bulwark implements Runnable {

  /** Exit code of a command whose input was wrong. */
  static final int BAD_INPUT = 2;
  /** Exit code of a command that failed for another reason. */
  static final int FAILURE = 1;
  /** Help is written for terminals at least this wide; the descriptions' lines fit in it. */
  private static final int HELP_WIDTH = 100;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Builds the command line with Bulwark's exception-to-exit-code mapping. */
  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Bulwark());
    line.setUsageHelpWidth(HELP_WIDTH);
    line.setExecutionExceptionHandler(Bulwark::handle);
    return line;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
    PrintWriter err = line.getErr();
    if (e instanceof BulwarkException known) {
      err.println(line.getCommandSpec().qualifiedName() + ": " + known.getMessage());
      err.flush();
      return known.kind() == BulwarkException.Kind.BAD_INPUT ? BAD_INPUT : FAILURE;
    }
    err.println(line.getCommandSpec().qualifiedName() + ": unexpected failure: " + e);
    e.printStackTrace(err);
    err.flush();
    return FAILURE;
  }
}
