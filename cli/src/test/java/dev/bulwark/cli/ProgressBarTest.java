package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The terminal's progress bar over a run of several passes. */
final class ProgressBarTest {

  @Test
  void eachPassFillsTheBarAgainAndIsNumbered() {
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text));
    bar.progressed(5, 10);
    bar.progressed(10, 10);
    bar.progressed(5, 10);
    bar.progressed(10, 10);

    assertThat(text.toString()).contains("] 50% of 10 runs\r", "] 100% of 10 runs\n",
        "] 50% of 10 runs (pass 2)", "] 100% of 10 runs (pass 2)\n");
  }
}
