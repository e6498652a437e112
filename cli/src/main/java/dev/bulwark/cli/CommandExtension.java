package dev.bulwark.cli;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.table.Table;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the command line adds to a question beyond its answer, such as writing charts to a
 * folder: options of its own and a way to answer that may do more. The answer itself is always
 * the question's.
 */
interface CommandExtension {

  /** No extension: the command answers the question and prints the table. */
  CommandExtension NONE = new CommandExtension() { };

  /** Returns the extra options. */
  default List<OptionSpec> options() {
    return List.of();
  }

  /** Answers the request, doing whatever else the extra options ask. */
  default Table answer(Questions.Asked<?> asked, AnswerContext context, CommandSpec command,
      PrintWriter err) {
    return asked.answer(context);
  }
}
