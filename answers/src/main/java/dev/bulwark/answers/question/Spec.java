package dev.bulwark.answers.question;

import java.util.List;

/**
 * What a question is called and asks: the command ({@code "spending"}, {@code "scenario run"}),
 * the API path, a one-line summary, the help text, examples, and its parameters. The command
 * line's command, the API's route and the OpenAPI document are all made from it.
 *
 * @param command the command's words on the command line
 * @param path the API path, from {@code /api/}
 * @param summary one sentence for the command list and the OpenAPI document
 * @param description the help text, lines of at most 98 characters
 * @param examples command lines that answer, each starting with {@code bulwark }
 * @param params the parameters, in the order help lists them
 */
public record Spec(String command, String path, String summary, List<String> description,
    List<String> examples, List<Param<?>> params) {

  /** The longest help line: help is printed 100 characters wide, with a margin. */
  public static final int MAX_LINE = 98;

  public Spec {
    if (command == null || !command.matches("[a-z]+( [a-z]+)?") || path == null
        || !path.startsWith("/api/") || summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a question needs a command, a path from /api/ and a "
          + "summary: " + command);
    }
    description = List.copyOf(description);
    examples = List.copyOf(examples);
    params = List.copyOf(params);
    if (examples.stream().anyMatch(e -> !e.startsWith("bulwark " + command))) {
      throw new IllegalArgumentException("examples of " + command + " must start with 'bulwark "
          + command + "': " + examples);
    }
    description.stream().filter(line -> line.length() > MAX_LINE).findFirst().ifPresent(line -> {
      throw new IllegalArgumentException("a help line of " + command + " is longer than "
          + MAX_LINE + " characters: " + line);
    });
    if (params.stream().map(Param::name).distinct().count() != params.size()) {
      throw new IllegalArgumentException("parameter names of " + command + " repeat");
    }
  }

  /** Returns the parameter names, in order. */
  public List<String> names() {
    return params.stream().map(Param::name).toList();
  }
}
