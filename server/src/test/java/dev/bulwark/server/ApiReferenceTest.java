package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The question reference of docs/api.md is the registry's: each question's route, command,
 * summary and parameters, written here and compared with the document, so neither can drift.
 * When a question changes, the expected text is written to target/api-questions.md to paste in.
 */
final class ApiReferenceTest {

  private static final String BEGIN = "<!-- questions: made from the registry -->";
  private static final String END = "<!-- end of questions -->";

  @Test
  void theDocumentsQuestionReferenceIsTheRegistrys() throws IOException {
    String expected = reference();
    Files.writeString(Path.of("target", "api-questions.md"), expected);
    String doc = Files.readString(OpenApiTest.repositoryRoot().resolve("docs/api.md"));

    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END);
    assertThat(from).as("docs/api.md marks its question reference").isNotNegative();
    assertThat(doc.substring(from + BEGIN.length(), to).strip())
        .as("docs/api.md's question reference; the registry's is in server/target/"
            + "api-questions.md").isEqualTo(expected.strip());
  }

  /** Returns the reference: one section per question, in the registry's order. */
  static String reference() {
    StringBuilder md = new StringBuilder();
    for (Question<?> q : Questions.bundled().all()) {
      var spec = q.spec();
      md.append("\n### `GET ").append(spec.path()).append("`\n");
      md.append(spec.summary()).append(". As `bulwark ").append(spec.command())
          .append("`, e.g. `").append(spec.examples().get(0).replaceAll("\\s*>.*$", ""))
          .append("`.\n");
      if (spec.params().isEmpty()) {
        md.append("No parameters.\n");
        continue;
      }
      md.append("\n| parameter | type | default | accepts | example |\n|---|---|---|---|---|\n");
      for (Param<?> p : spec.params()) {
        md.append("| `").append(p.name()).append("` | ").append(p.type().schemaType())
            .append(" | ").append(p.required() ? "required" : p.fallback() == null ? "—"
                : "`" + p.fallback() + "`").append(" | ")
            .append(p.type().accepts().replace("|", "\\|")).append(" | `")
            .append(p.example()).append("` |\n");
      }
    }
    return md.toString();
  }
}
