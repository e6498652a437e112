package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 'bulwark serve' refuses unsafe or malformed settings before it starts listening. */
final class ServeCommandTest {

  @Test
  void servingBeyondLoopbackWithoutATokenIsBadInput() {
    Run run = Run.of("serve", "--host", "0.0.0.0", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains("--host 0.0.0.0", "--token");
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
