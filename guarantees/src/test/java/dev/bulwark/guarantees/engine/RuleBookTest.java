package dev.bulwark.guarantees.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.treaty.Treaties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code docs/guarantees.md} is exactly what the code generates, so it cannot drift. */
final class RuleBookTest {

  private static final String REGENERATE = "./mvnw -o -q -pl guarantees test"
      + " -Dtest=RuleBookTest -Dbulwark.writeDocs=true";

  @Test
  void theCommittedRuleDocumentIsWhatTheCodeGenerates() throws IOException {
    Path docs = repositoryRoot().resolve("docs/guarantees.md");
    String generated = RuleBook.markdown(Treaties.bundled(), Gazetteer.bundled());
    if (Boolean.getBoolean("bulwark.writeDocs")) {
      Files.writeString(docs, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.exists(docs)).as("docs/guarantees.md is missing; write it with " + REGENERATE)
        .isTrue();
    assertThat(Files.readString(docs, StandardCharsets.UTF_8))
        .as("docs/guarantees.md differs from the code; regenerate it with " + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void theDocumentListsEveryRuleWithItsStatement() {
    String generated = RuleBook.markdown(Treaties.bundled(), Gazetteer.bundled());

    assertThat(RuleBook.rules()).allSatisfy(rule ->
        assertThat(generated).contains("| `" + rule.name() + "` | " + rule.statement()));
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    Assumptions.assumeTrue(dir != null, "not inside the Bulwark checkout");
    return dir;
  }
}
