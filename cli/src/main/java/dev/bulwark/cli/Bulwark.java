package dev.bulwark.cli;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
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
        "Answers, with numbers, sources and uncertainty, who pays for the transatlantic alliance,",
        "who is covered, where the forces stand and whether deterrence holds.",
        "",
        "Every figure is printed with its source and edition; NATO's 2023 and 2024 values are",
        "NATO estimates, and SIPRI's estimates are flagged as such.",
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
  /** What the command line adds to some questions. */
  private static final Map<String, CommandExtension> EXTENSIONS = Map.of("campaign",
      new CampaignPage());
  /** Help is written for terminals at least this wide; the descriptions' lines fit in it. */
  private static final int HELP_WIDTH = 100;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(Questions.bundled(), args).execute(args));
  }

  /**
   * Builds the command line with Bulwark's exception-to-exit-code mapping: one command per
   * question of the registry (a two-word question under its first word's command), then import,
   * brief, export, serve and help.
   */
  static CommandLine commandLine() {
    return commandLine(Questions.bundled());
  }

  /**
   * Builds the command line for these arguments: when the first names a question's command, only
   * that command is made (a command line starts sooner without the others' help and data);
   * otherwise every command, for the list of commands and the other commands' help.
   */
  static CommandLine commandLine(Questions questions, String[] args) {
    List<Question<?>> asked = args.length == 0 ? List.of() : questions.under(args[0]);
    return asked.isEmpty() ? commandLine(questions.all()) : questionsOnly(asked);
  }

  /** Builds the command line of these questions (the bundled ones, or more in a test). */
  static CommandLine commandLine(Questions questions) {
    return commandLine(questions.all());
  }

  private static CommandLine commandLine(List<Question<?>> questions) {
    CommandLine line = questionsOnly(questions);
    line.addSubcommand(new ImportCommand());
    line.addSubcommand(new BriefCommand());
    line.addSubcommand(new ExportCommand());
    line.addSubcommand(new ServeCommand());
    line.addSubcommand(new CommandLine.HelpCommand());
    return line;
  }

  /** The command line of these questions alone, under {@code scenario} where they belong. */
  private static CommandLine questionsOnly(List<Question<?>> questions) {
    CommandLine line = new CommandLine(new Bulwark());
    CommandLine scenario = new CommandLine(new ScenarioCommand());
    for (Question<?> question : questions) {
      String[] words = question.command().split(" ");
      CommandLine command = QuestionCommand.of(question, EXTENSIONS.getOrDefault(
          question.command(), CommandExtension.NONE));
      if (words.length == 1) {
        line.addSubcommand(words[0], command);
      } else if (words[0].equals("scenario")) {
        scenario.addSubcommand(words[1], command);
      } else {
        throw new IllegalStateException("no parent command for " + question.command());
      }
    }
    if (!scenario.getSubcommands().isEmpty()) {
      line.addSubcommand(scenario);
    }
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
