package dev.bulwark.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium that opens a written brief, waits until every chart carries
 * {@code data-rendered="true"}, and reports what each chart drew, the script errors the page
 * logged, and a screenshot of the whole page.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver}; Selenium Manager is never asked
 * to download anything. Tests call {@link #assumeInstalled()} first so they are skipped, with the
 * package names to install, where the browser is absent.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The window width in CSS pixels, also the width of the screenshots. */
  public static final int WIDTH = 1280;

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
   * Returns, for every chart, its id, its data-rendered flag, its canvas size in CSS pixels and
   * the share of canvas pixels that are drawn (not transparent and not white).
   */
  private static final String INK = "return Array.from(document.querySelectorAll('[data-chart]'))"
      + ".map(el => { const c = el.querySelector('canvas');"
      + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0;"
      + " for (let i = 0; i < px.length; i += 4) {"
      + "   if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) ink++; }"
      + " return {id: el.id, rendered: el.getAttribute('data-rendered'), width: c.clientWidth,"
      + " height: c.clientHeight, ink: ink / (c.width * c.height)}; });";

  private final ChromeDriver browser;

  private HeadlessChromium(ChromeDriver browser) {
    this.browser = browser;
  }

  /** Skips the calling test, naming the packages to install, when Chromium is not installed. */
  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
  }

  /** Starts a browser with a fresh profile in {@code profile}, an empty directory. */
  public static HeadlessChromium start(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + ",1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new HeadlessChromium(new ChromeDriver(service, options));
  }

  /** Opens {@code page} and returns once every chart on it is drawn (at most a minute). */
  public void open(Path page) {
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", ERROR_TRAP));
    browser.get(page.toUri().toString());
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.executeAsyncScript(WAIT_FOR_CHARTS);
  }

  /** Returns every chart of the open page, in page order, with what its canvas holds. */
  public List<DrawnChart> charts() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> drawn = (List<Map<String, Object>>) browser.executeScript(INK);
    return drawn.stream().map(chart -> new DrawnChart((String) chart.get("id"),
        "true".equals(chart.get("rendered")), ((Number) chart.get("width")).intValue(),
        ((Number) chart.get("height")).intValue(), ((Number) chart.get("ink")).doubleValue()))
        .toList();
  }

  /**
   * Asserts that every chart finished drawing on a canvas at least 600 by 400 CSS pixels, with
   * ink on more than 1% of it, and that the page logged no script error.
   */
  public void assertEveryChartDrawn() {
    assertThat(charts()).isNotEmpty().allSatisfy(chart -> {
      assertThat(chart.rendered()).as("%s rendered", chart.id()).isTrue();
      assertThat(chart.width()).as("width of %s", chart.id()).isGreaterThan(600);
      assertThat(chart.height()).as("height of %s", chart.id()).isGreaterThanOrEqualTo(400);
      assertThat(chart.ink()).as("ink on %s", chart.id()).isGreaterThan(0.01);
    });
    assertThat(errors()).as("script errors").isEmpty();
  }

  /** Returns the errors the page logged since it opened. */
  public List<?> errors() {
    return (List<?>) browser.executeScript("return window.__briefErrors;");
  }

  /** Runs {@code script} in the page and returns its result. */
  public Object evaluate(String script) {
    return browser.executeScript(script);
  }

  /** Saves the whole page, beyond the window, as a PNG at {@code screenshot}. */
  public void saveScreenshot(Path screenshot) throws IOException {
    long height = (Long) browser.executeScript(
        "return Math.ceil(document.documentElement.scrollHeight);");
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    Files.createDirectories(screenshot.toAbsolutePath().getParent());
    Files.write(screenshot, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    browser.quit();
  }

  /**
   * One chart as the page drew it.
   *
   * @param id the chart id
   * @param rendered whether ECharts reported the drawing finished
   * @param width the canvas width in CSS pixels
   * @param height the canvas height in CSS pixels
   * @param ink the share of canvas pixels drawn (neither transparent nor white)
   */
  public record DrawnChart(String id, boolean rendered, int width, int height, double ink) {}
}
