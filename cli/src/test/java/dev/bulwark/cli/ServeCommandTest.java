package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'bulwark serve' refuses unsafe or malformed settings before it starts listening. */
final class ServeCommandTest {

  @Test
  void servingBeyondLoopbackWithoutATokenIsBadInput() {
    Run run = Run.of("serve", "--host", "0.0.0.0", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("--host 0.0.0.0", "BULWARK_TOKEN", "--token-file");
  }

  @Test
  void aTokenOnTheCommandLineIsRefusedForOtherUsersCouldReadIt() {
    Run run = Run.of("serve", "--host", "0.0.0.0", "--port", "0", "--token", "a-long-token");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("--token");
  }

  @Test
  void aTokenFileOtherUsersCanReadIsBadInput(@TempDir Path dir) throws IOException {
    Run run = serveWithTokenFile(dir, "a-long-secret-token", "rw-r--r--");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("readable by other users", "chmod 600");
  }

  @Test
  void theTokenIsReadFromTheTokenFile(@TempDir Path dir) throws IOException {
    Run run = serveWithTokenFile(dir, "short", "rw-------");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("at least 8 characters");
  }

  /** Serves beyond loopback with a token file holding a token, with these permissions. */
  private static Run serveWithTokenFile(Path dir, String token, String permissions)
      throws IOException {
    Path file = Files.writeString(dir.resolve("token"), token + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return Run.of("serve", "--host", "0.0.0.0", "--port", "0", "--token-file", file.toString());
  }

  @Test
  void aDatabaseUrlOfAnotherKindIsBadInput() {
    Run run = Run.of("serve", "--port", "0", "--db", "mysql://localhost/bulwark");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("--db", "jdbc:postgresql", "mysql://localhost/bulwark");
  }

  @Test
  void aPortOutOfRangeIsBadInput() {
    Run run = Run.of("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("--port", "70000");
  }
}
