package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens a written brief in headless Chromium and checks that every chart is drawn: ECharts
 * reports {@code finished}, the canvas holds ink, and the page logs no script error. Saves a
 * screenshot of the whole page to {@code target/brief-screenshot.png} for a person to look at.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver}; Selenium Manager is never asked
 * to download anything.
 */
class BriefInChromiumTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOT = Path.of("target", "brief-screenshot.png");
  private static final int WIDTH = 1280;

  /** Collects uncaught errors, rejected promises and console.error calls before the page runs. */
  private static final String ERROR_TRAP = "window.__briefErrors = [];"
      + "window.addEventListener('error', e => window.__briefErrors.push(String(e.message)));"
      + "window.addEventListener('unhandledrejection', e => window.__briefErrors.push(String(e.reason)));"
      + "const briefConsoleError = console.error.bind(console);"
      + "console.error = (...args) => { window.__briefErrors.push(args.map(String).join(' '));"
      + " briefConsoleError(...args); };";

  /** Calls back once every chart carries data-rendered="true", watching attribute changes. */
  private static final String WAIT_FOR_CHARTS = "const done = arguments[arguments.length - 1];"
      + "const drawn = () => Array.from(document.querySelectorAll('[data-chart]'))"
      + "  .every(el => el.getAttribute('data-rendered') === 'true');"
      + "if (drawn()) { done(true); } else {"
      + "  new MutationObserver((changes, observer) => {"
      + "    if (drawn()) { observer.disconnect(); done(true); } })"
      + "  .observe(document.body, {subtree: true, attributeFilter: ['data-rendered']}); }";

  /**
   * Returns, for every chart, its canvas size in CSS pixels and the share of canvas pixels that
   * are drawn (not transparent and not white).
   */
  private static final String INK = "return Array.from(document.querySelectorAll('[data-chart]'))"
      + ".map(el => { const c = el.querySelector('canvas');"
      + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0;"
      + " for (let i = 0; i < px.length; i += 4) {"
      + "   if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) ink++; }"
      + " return {id: el.id, width: c.clientWidth, height: c.clientHeight,"
      + " ink: ink / (c.width * c.height)}; });";

  @Test
  void every_chart_draws_on_its_canvas_without_script_errors(@TempDir Path temp) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    Path page = new BriefWriter(new BriefRenderer())
        .write(SampleBrief.withEveryChart(), temp.resolve("brief"));

    ChromeDriver browser = start(Files.createDirectory(temp.resolve("profile")));
    try {
      browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
          Map.of("source", ERROR_TRAP));
      browser.get(page.toUri().toString());
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.executeAsyncScript(WAIT_FOR_CHARTS);
      List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));

      assertThat(charts).extracting(chart -> chart.getAttribute("id"))
          .containsExactly("share-of-gdp", "trend-2014-2024", "size-and-burden");
      assertThat(charts).extracting(chart -> chart.getAttribute("data-rendered"))
          .containsOnly("true");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> drawn = (List<Map<String, Object>>) browser.executeScript(INK);
      assertThat(drawn).hasSize(3).allSatisfy(chart -> {
        assertThat(((Number) chart.get("width")).intValue()).as("width of %s", chart.get("id"))
            .isGreaterThan(600);
        assertThat(((Number) chart.get("height")).intValue()).as("height of %s", chart.get("id"))
            .isGreaterThanOrEqualTo(400);
        assertThat(((Number) chart.get("ink")).doubleValue()).as("ink on %s", chart.get("id"))
            .isGreaterThan(0.01);
      });
      assertThat((List<?>) browser.executeScript("return window.__briefErrors;")).isEmpty();
      saveScreenshot(browser);
    } finally {
      browser.quit();
    }
  }

  private static ChromeDriver start(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + ",1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /** Captures the whole page, beyond the window, as a PNG. */
  private static void saveScreenshot(ChromeDriver browser) throws IOException {
    long height = (Long) browser.executeScript(
        "return Math.ceil(document.documentElement.scrollHeight);");
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, Base64.getDecoder().decode((String) shot.get("data")));
  }
}
