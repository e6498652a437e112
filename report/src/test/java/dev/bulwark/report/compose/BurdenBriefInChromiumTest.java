package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.data.Ledger;
import dev.bulwark.report.browser.HeadlessChromium;
import dev.bulwark.report.browser.HeadlessChromium.DrawnChart;
import dev.bulwark.report.html.BriefRenderer;
import dev.bulwark.report.html.BriefWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the burden brief composed from the bundled ledger in headless Chromium, checks that each
 * of its five charts is drawn without script errors, and saves the whole page to
 * {@code target/burden-brief.png} for a person to look at.
 */
class BurdenBriefInChromiumTest {

  private static final Path SCREENSHOT = Path.of("target", "burden-brief.png");

  @Test
  void the_composed_brief_draws_every_chart_in_a_browser(@TempDir Path temp) throws IOException {
    HeadlessChromium.assumeInstalled();
    ComposedBrief composed = BurdenBrief.withDefaults().compose(Ledger.embedded());
    Path page = new BriefWriter(new BriefRenderer()).write(composed.brief(), temp.resolve("brief"));

    try (HeadlessChromium browser =
        HeadlessChromium.start(Files.createDirectory(temp.resolve("profile")))) {
      browser.open(page);

      assertThat(browser.charts()).extracting(DrawnChart::id).containsExactly(
          TargetsSection.CHART_ID, GapSection.CHART_ID, PathSection.CHART_ID,
          SplitSection.CHART_ID, ExploitationSection.CHART_ID);
      browser.assertEveryChartDrawn();
      browser.saveScreenshot(SCREENSHOT);
    }
  }
}
