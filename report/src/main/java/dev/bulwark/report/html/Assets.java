package dev.bulwark.report.html;

import dev.bulwark.report.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The files a brief carries inline: its style sheet, the script that draws its charts, and the
 * vendored Apache ECharts bundle (npm package {@code echarts@6.1.0}, Apache License 2.0; see
 * {@code vendor/echarts/README.md} beside this class's resources).
 *
 * @param styleSheet the CSS
 * @param drawingScript the script that draws every chart from its option JSON
 * @param echarts the minified ECharts bundle
 */
record Assets(String styleSheet, String drawingScript, String echarts) {

  /** The version of the vendored ECharts bundle. */
  static final String ECHARTS_VERSION = "6.1.0";

  /** Reads the assets from the report jar. */
  static Assets load() {
    return new Assets(read("brief.css"), inlineScript(read("brief.js"), "brief.js"),
        inlineScript(read("/dev/bulwark/report/vendor/echarts/echarts.min.js"), "echarts.min.js"));
  }

  private static String read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw ReportException.failure("resource '" + resource + "' is missing from the report jar",
            null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ReportException.failure("could not read resource '" + resource + "': " + e.getMessage(),
          e);
    }
  }

  /** Returns {@code script} if it can be placed inside a script element unchanged. */
  private static String inlineScript(String script, String name) {
    if (script.toLowerCase(Locale.ROOT).contains("</script")) {
      throw ReportException.failure("script '" + name + "' contains '</script' and cannot be "
          + "inlined into a brief", null);
    }
    return script;
  }
}
