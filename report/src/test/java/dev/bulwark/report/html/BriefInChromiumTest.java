package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.browser.HeadlessChromium;
import dev.bulwark.report.browser.HeadlessChromium.DrawnChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a written brief in headless Chromium and checks that every chart is drawn: ECharts
 * reports {@code finished}, the canvas holds ink, and the page logs no script error. Saves a
 * screenshot of the whole page to {@code target/brief-screenshot.png} for a person to look at.
 */
final class BriefInChromiumTest {

  private static final Path SCREENSHOT = Path.of("target", "brief-screenshot.png");

  @Test
  void everyChartDrawsOnItsCanvasWithoutScriptErrors(@TempDir Path temp) throws IOException {
    HeadlessChromium.assumeInstalled();
    Path page = new BriefWriter(new BriefRenderer())
        .write(SampleBrief.withEveryChart(), temp.resolve("brief"));

    try (HeadlessChromium browser =
        HeadlessChromium.start(Files.createDirectory(temp.resolve("profile")))) {
      browser.open(page);

      assertThat(browser.charts()).extracting(DrawnChart::id)
          .containsExactly("share-of-gdp", "trend-2014-2024", "size-and-burden");
      browser.assertEveryChartDrawn();
      browser.saveScreenshot(SCREENSHOT);
    }
  }
}
