package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark export} as a user meets it: the package is written and counted, a directory
 * that holds something is bad input until {@code --force}. (The package's contents are tested in
 * the answers module's {@code DataPackageTest}.)
 */
final class ExportCommandTest {

  @Test
  void theExampleWritesThePackageAndARepeatNeedsForce(@TempDir Path temp) throws IOException {
    Path out = temp.resolve("bulwark-data");

    Run first = Run.of("export", "--out", out.toString());
    Run again = Run.of("export", "--out", out.toString());
    Run forced = Run.of("export", "--out", out.toString(), "--force");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("datapackage.json", out.toString());
    assertThat(out.resolve("values.csv")).exists();
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("is not empty", "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    try (var beside = Files.list(temp)) {
      assertThat(beside).containsExactly(out);
    }
  }

  @Test
  void withoutOutTheCommandSaysWhatItNeeds() {
    Run run = Run.of("export");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out");
  }
}
