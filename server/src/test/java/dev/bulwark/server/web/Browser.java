package dev.bulwark.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium that opens dashboard pages as a person would, and reports the script
 * errors and content-security-policy violations each page caused.
 *
 * <p>Uses Debian's {@code chromium} and {@code chromium-driver}; Selenium Manager is never asked
 * to download anything. Tests call {@link #assumeInstalled()} first, so they are skipped with the
 * packages to install where the browser is absent.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The window width in CSS pixels, also the width of the screenshots. */
  static final int WIDTH = 1280;

  /**
   * Collects uncaught errors, rejected promises, console.error calls and policy violations
   * before the page's own scripts run.
   */
  private static final String ERROR_TRAP = "window.__pageErrors = [];"
      + "window.addEventListener('error', e => window.__pageErrors.push(String(e.message)));"
      + "window.addEventListener('unhandledrejection', e => window.__pageErrors.push(String(e.reason)));"
      + "document.addEventListener('securitypolicyviolation', e => window.__pageErrors.push("
      + " 'blocked by the content-security policy: ' + e.violatedDirective + ' ' + e.blockedURI));"
      + "const pageConsoleError = console.error.bind(console);"
      + "console.error = (...args) => { window.__pageErrors.push(args.map(String).join(' '));"
      + " pageConsoleError(...args); };";

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Skips the calling test, naming the packages to install, when Chromium is not installed. */
  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
  }

  /** Starts a browser with a fresh profile in {@code profile}, an empty directory. */
  static Browser start(Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + ",1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_TRAP));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  /** Opens the address and returns once the page has loaded (its scripts may still be fetching). */
  void open(String address) {
    driver.get(address);
  }

  /**
   * Waits until the JavaScript expression {@code condition} is true in the page, checking every
   * 50 ms, at most a minute (then Selenium's script timeout fails the test).
   */
  void waitUntil(String condition) {
    driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "const check = () => { let ok = false; try { ok = Boolean(" + condition + "); }"
        + " catch (e) { ok = false; } if (ok) { done(true); } else { setTimeout(check, 50); } };"
        + "check();");
  }

  /** Waits until each chart has drawn its latest option (data-rendered="true") on a canvas. */
  void waitForCharts(String... ids) {
    for (String id : ids) {
      waitUntil("document.getElementById('" + id + "').getAttribute('data-rendered') === 'true'"
          + " && document.getElementById('" + id + "').querySelector('canvas') !== null");
    }
  }

  /**
   * Runs {@code script} (a function body that may {@code return}) in the page, with the
   * arguments as {@code arguments[0]}, {@code arguments[1]}, ...
   */
  Object evaluate(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Returns the element with the id. */
  WebElement element(String id) {
    return driver.findElement(By.id(id));
  }

  /** Returns the elements the CSS selector matches. */
  List<WebElement> elements(String selector) {
    return driver.findElements(By.cssSelector(selector));
  }

  /** Returns the address the page shows now (its permalink). */
  String address() {
    return driver.getCurrentUrl();
  }

  /** Returns the errors and policy violations the page logged since it opened. */
  List<?> errors() {
    return (List<?>) driver.executeScript("return window.__pageErrors || ['no error trap'];");
  }

  /** Returns the option ECharts holds for the chart in the element with the id, as JSON text. */
  String chartOption(String id) {
    return (String) driver.executeScript("return JSON.stringify(echarts.getInstanceByDom("
        + "document.getElementById(arguments[0])).getOption());", id);
  }

  /** Returns the share of the chart's canvas pixels that are drawn (not transparent or white). */
  double ink(String id) {
    return ((Number) driver.executeScript("const c = document.getElementById(arguments[0])"
        + ".querySelector('canvas'); const px = c.getContext('2d')"
        + ".getImageData(0, 0, c.width, c.height).data; let ink = 0;"
        + "for (let i = 0; i < px.length; i += 4) {"
        + " if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) ink++; }"
        + "return ink / (c.width * c.height);", id)).doubleValue();
  }

  /** Saves the whole page, beyond the window, as a PNG at {@code screenshot}. */
  void saveScreenshot(Path screenshot) throws IOException {
    long height = (Long) driver.executeScript(
        "return Math.ceil(document.documentElement.scrollHeight);");
    capture(screenshot, height, 1);
  }

  /**
   * Saves the top {@code height} CSS pixels of the page, scaled by {@code scale}, as a PNG at
   * {@code screenshot}: the small pictures of the README.
   */
  void savePreview(Path screenshot, int height, double scale) throws IOException {
    driver.executeScript("window.scrollTo(0, 0);");
    capture(screenshot, height, scale);
  }

  private void capture(Path screenshot, long height, double scale) throws IOException {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", scale)));
    Files.createDirectories(screenshot.toAbsolutePath().getParent());
    Files.write(screenshot, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Saves what the user downloads from now on in {@code directory}, without asking. */
  void downloadTo(Path directory) {
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
  }

  /** Waits until Chromium has finished writing the download {@code file} (at most 30 s). */
  Path downloaded(Path file) throws InterruptedException {
    for (int i = 0; i < 600 && !Files.exists(file); i++) {
      Thread.sleep(50);
    }
    assertThat(file).as("downloaded file").exists();
    return file;
  }

  /** Returns the underlying driver, for pointer actions. */
  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
