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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the burden brief composed from the bundled ledger in headless Chromium, checks that each
 * of its charts is drawn without script errors and that no table is wider than the page,
 * and saves the whole page to {@code target/burden-brief.png} for a person to look at.
 */
final class BurdenBriefInChromiumTest {

  private static final Path SCREENSHOT = Path.of("target", "burden-brief.png");
  /** Returns the captions of the shown tables whose content is wider than their box. */
  private static final String TABLES_WIDER_THAN_PAGE = "return Array.from("
      + "document.querySelectorAll('.table-scroll')).filter(el => el.scrollWidth > el.clientWidth)"
      + ".map(el => el.querySelector('caption') ? el.querySelector('caption').textContent : '?');";

  @Test
  void theComposedBriefDrawsEveryChartInABrowser(@TempDir Path temp) throws IOException {
    HeadlessChromium.assumeInstalled();
    ComposedBrief composed = BurdenBrief.withDefaults().compose(Ledger.embedded());
    Path page = new BriefWriter(new BriefRenderer()).write(composed.brief(), temp.resolve("brief"));

    try (HeadlessChromium browser =
        HeadlessChromium.start(Files.createDirectory(temp.resolve("profile")))) {
      browser.open(page);

      assertThat(browser.charts()).extracting(DrawnChart::id).containsExactly(
          DivisionSection.CHART_ID, TargetsSection.CHART_ID, GapSection.CHART_ID,
          PathSection.CHART_ID,
          SplitSection.CHART_ID, AidSection.CHART_ID, ExploitationSection.CHART_ID,
          PostureSection.CHART_ID, CampaignSection.CHART_ID, StraitSection.CHART_ID,
          ReplacementSection.CHART_ID, SensitivitySection.BALTIC_CHART_ID,
          SensitivitySection.TAIWAN_CHART_ID);
      browser.assertEveryChartDrawn();
      // A table wider than the page would scroll sideways and hide the verdict columns.
      assertThat((List<?>) browser.evaluate(TABLES_WIDER_THAN_PAGE)).isEmpty();
      browser.saveScreenshot(SCREENSHOT);
    }
  }
}
