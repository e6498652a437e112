package dev.bulwark.cli;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Table;
import dev.bulwark.cli.output.Format;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command made from a question of the registry: its name, help and examples from the
 * question's {@link Spec}, one option (or argument) per parameter with the parameter's name,
 * {@code --format} and {@code --edition}. Running it passes the values given, as text, to the
 * answers layer, which reads and checks them exactly as it does for the API.
 */
final class QuestionCommand implements Runnable {

  private static final String FORMAT = "--format";
  private static final String EDITION = "--edition";

  private final Question<?> question;
  private final CommandSpec spec;
  private final Map<Param<?>, ArgSpec> arguments = new LinkedHashMap<>();
  private final CommandExtension extension;

  private QuestionCommand(Question<?> question, CommandExtension extension) {
    this.question = question;
    this.extension = extension;
    this.spec = CommandSpec.wrapWithoutInspection(this);
  }

  /** Returns the command line of a question, with an adapter-only extension (or none). */
  static CommandLine of(Question<?> question, CommandExtension extension) {
    QuestionCommand command = new QuestionCommand(question, extension);
    Spec about = question.spec();
    String[] words = about.command().split(" ");
    CommandSpec spec = command.spec.name(words[words.length - 1]).mixinStandardHelpOptions(true);
    spec.usageMessage().header(escape(about.summary() + "."))
        .description(escape(about.description()))
        .footer(footer(about.examples()));
    int index = 0;
    for (Param<?> param : about.params()) {
      ArgSpec arg = param.positional() ? positional(param, index++) : option(param);
      command.arguments.put(param, arg);
      if (arg instanceof OptionSpec o) {
        spec.addOption(o);
      } else {
        spec.addPositional((PositionalParamSpec) arg);
      }
    }
    spec.addOption(OptionSpec.builder(FORMAT).paramLabel("table|csv|json").type(String.class)
        .defaultValue("table").description("Output format: an aligned table with footnotes "
            + "(default), CSV or JSON (both tidy, full precision, units in column names).")
        .build());
    spec.addOption(OptionSpec.builder(EDITION).paramLabel("SOURCE=ID").type(List.class)
        .auxiliaryTypes(String.class).arity("1").description(LedgerOptions.HELP).build());
    extension.options().forEach(spec::addOption);
    return new CommandLine(spec);
  }

  @Override
  public void run() {
    CommandLine line = spec.commandLine();
    Format format = format(spec.findOption(FORMAT).getValue());
    List<String> editions = spec.findOption(EDITION).getValue();
    PrintWriter err = line.getErr();
    AnswerContext context = AnswerContext.of(() -> LedgerOptions.open(
        editions == null ? List.of() : editions, err), Clock.systemDefaultZone(),
        new ScenarioFiles());
    if (System.console() != null) {
      context = context.withProgress(new ProgressBar(err));
    }
    Questions.Asked<?> asked = Questions.ask(question, given(), context);
    Table table = extension.answer(asked, context, spec, err);
    format.print(table, line.getOut());
  }

  /** Returns the values given on the command line, as text, by parameter name. */
  private Map<String, List<String>> given() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    arguments.forEach((param, arg) -> {
      Object value = arg.getValue();
      List<String> texts = new ArrayList<>();
      if (value instanceof List<?> list) {
        list.forEach(v -> texts.add(String.valueOf(v)));
      } else if (value instanceof Boolean b) {
        if (b) {
          texts.add("true");
        }
      } else if (value != null) {
        texts.add(String.valueOf(value));
      }
      if (!texts.isEmpty()) {
        given.put(param.name(), texts);
      }
    });
    return given;
  }

  private static OptionSpec option(Param<?> param) {
    List<String> names = new ArrayList<>(List.of("--" + param.name()));
    names.addAll(param.aliases());
    OptionSpec.Builder option = OptionSpec.builder(names.toArray(String[]::new))
        .description(escape(param.help())).required(param.required());
    if (param.type().isSwitch()) {
      return option.type(boolean.class).arity("0").build();
    }
    option.paramLabel(param.type().label());
    return param.repeatable()
        ? option.type(List.class).auxiliaryTypes(String.class).arity("1").build()
        : option.type(String.class).build();
  }

  private static PositionalParamSpec positional(Param<?> param, int index) {
    PositionalParamSpec.Builder positional = PositionalParamSpec.builder()
        .paramLabel(param.type().label()).description(escape(param.help()));
    if (param.repeatable()) {
      return positional.index(index + "..*").arity("0..*").type(List.class)
          .auxiliaryTypes(String.class).build();
    }
    return positional.index(String.valueOf(index)).arity(param.required() || param.fallback()
        == null ? "1" : "0..1").type(String.class).build();
  }

  private static Format format(String name) {
    try {
      return Format.of(name);
    } catch (IllegalArgumentException e) {
      throw new dev.bulwark.core.BadInputException("--format " + e.getMessage());
    }
  }

  private static String[] footer(List<String> examples) {
    List<String> lines = new ArrayList<>(List.of("", "Examples:"));
    examples.forEach(e -> lines.add("  " + escape(e)));
    return lines.toArray(String[]::new);
  }

  private static String escape(String text) {
    return text.replace("%", "%%");
  }

  private static String[] escape(List<String> lines) {
    return lines.stream().map(QuestionCommand::escape).toArray(String[]::new);
  }
}
