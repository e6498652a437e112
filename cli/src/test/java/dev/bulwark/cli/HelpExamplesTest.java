package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every example printed by {@code --help} runs and succeeds, so the help cannot go stale. */
final class HelpExamplesTest {

  /**
   * Commands whose examples write files, import workbooks or serve until stopped; their own
   * tests cover them.
   */
  private static final List<String> SIDE_EFFECTS = List.of("import", "brief", "export", "serve");

  /** Gives {@code sources --compare}'s example two editions of NATO to compare. */
  @BeforeAll
  static void storeAnEarlierEdition() throws IOException {
    EarlierEdition.store();
  }

  static Stream<String> examples() {
    List<String> examples = new ArrayList<>();
    CommandLine root = Bulwark.commandLine();
    collect(root, examples);
    root.getSubcommands().values().forEach(sub -> collect(sub, examples));
    return examples.stream().distinct()
        .filter(example -> !SIDE_EFFECTS.contains(example.split(" ")[1]));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theExampleRuns(String example) {
    String withoutRedirect = example.replaceAll("\\s*>.*$", "");
    String[] words = splitWords(withoutRedirect.substring("bulwark ".length()));
    Run run = Run.of(words);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("commandNames")
  void everyCommandHasHelpWithAnExample(String command) {
    Run run = Run.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Examples:", "bulwark " + command);
  }

  static Stream<String> commandNames() {
    return Bulwark.commandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"));
  }

  private static void collect(CommandLine line, List<String> into) {
    Arrays.stream(line.getCommandSpec().usageMessage().footer())
        .map(String::strip)
        .filter(text -> text.startsWith("bulwark "))
        .forEach(into::add);
  }

  /** Splits on spaces, keeping single-quoted words together. */
  private static String[] splitWords(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }
}
