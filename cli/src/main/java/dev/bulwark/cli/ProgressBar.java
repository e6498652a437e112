package dev.bulwark.cli;

import dev.bulwark.posture.campaign.ProgressListener;
import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place ({@code \r}) each time another whole
 * percent is done; used only when the command line is attached to a terminal. A run made of
 * several passes (a tornado's postures, the division's two theatres) starts the bar again for
 * each pass and numbers it.
 */
final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 40;

  private final PrintWriter err;
  private int shownPercent = -1;
  private long lastDone;
  private int pass = 1;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void progressed(long done, long total) {
    if (done < lastDone) {
      pass++;
      shownPercent = -1;
    }
    lastDone = done;
    int percent = (int) (100 * done / total);
    if (percent <= shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% of "
        + total + " runs" + (pass > 1 ? " (pass " + pass + ")" : ""));
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
