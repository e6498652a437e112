package dev.bulwark.answers.question;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.table.Table;

/**
 * One question Bulwark answers: its {@link Spec}, a request record read from the parameters and
 * checked once, and the answer as one {@link Table}. Adding a question is one class implementing
 * this and one line in {@link Questions#bundled()}.
 *
 * @param <R> the request, a record of typed values with every default resolved (so equal
 *     requests give equal answers and the request can key a cache)
 */
public interface Question<R extends Record> {

  /** Returns what the question is called and asks. */
  Spec spec();

  /**
   * Returns the command's words ({@code "spending"}, {@code "scenario run"}), the spec's; a
   * question whose spec is costly to make (it reads data files) returns them without making it.
   */
  default String command() {
    return spec().command();
  }

  /** Reads and checks the request from the parameters. */
  R request(Arguments arguments);

  /** Answers a request. */
  Table answer(R request, AnswerContext context);
}
