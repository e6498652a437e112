package dev.bulwark.report.html;

import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;

/**
 * Renders a {@link Brief} as one self-contained HTML5 document (UTF-8) that opens offline: the
 * style sheet, Apache ECharts 6.1.0 (vendored from the npm package {@code echarts@6.1.0}, Apache
 * License 2.0) and the drawing script are inline, and nothing is fetched at run time.
 *
 * <p>The page reads: title and date line, summary, table of contents, numbered sections, sources.
 * Every text is HTML-escaped. Each chart is a {@code <div id="chart id" data-chart="bar|line|
 * scatter">} followed by its option JSON; the drawing script draws it on a canvas and sets
 * {@code data-rendered="true"} on the div when ECharts reports {@code finished}. The chart's data
 * is printed beside it as a table, the fallback when scripts are off.
 *
 * <p>The page's own anchors ({@code brief_summary}, {@code brief_contents}, {@code brief_sources})
 * contain an underscore, which section and chart ids cannot, so they never collide.
 *
 * <p>A renderer reads its assets (about 1.1 MB, nearly all ECharts) once when constructed and may
 * be shared between threads.
 */
public final class BriefRenderer {

  private final Assets assets;
  private final ChartFigure charts = new ChartFigure();

  /**
   * Returns a renderer with its assets loaded.
   *
   * @throws ReportException of kind FAILURE when an asset is missing from the jar
   */
  public BriefRenderer() {
    this.assets = Assets.load();
  }

  /**
   * Returns {@code brief} as a complete HTML5 document.
   *
   * @throws ReportException of kind BAD_INPUT when {@code brief} is null
   */
  public String render(Brief brief) {
    ReportException.require(brief != null, "brief to render must be given, was null");
    StringBuilder html = new StringBuilder(assets.echarts().length() + 65_536);
    head(html, brief);
    html.append("<body>\n<div class=\"page\">\n<header class=\"masthead\">\n<h1>")
        .append(Html.escape(brief.title())).append("</h1>\n");
    if (!brief.dateLine().isEmpty()) {
      html.append("<p class=\"dateline\">").append(Html.escape(brief.dateLine())).append("</p>\n");
    }
    html.append("</header>\n");
    summary(html, brief);
    contents(html, brief);
    html.append("<main>\n");
    brief.sections().forEach(section -> section(html, section));
    html.append("</main>\n");
    sources(html, brief);
    html.append("</div>\n<script>\n").append(assets.echarts()).append("\n</script>\n<script>\n")
        .append(assets.drawingScript()).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private void head(StringBuilder html, Brief brief) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Bulwark\">\n")
        .append("<title>").append(Html.escape(brief.title())).append("</title>\n")
        .append("<style>\n").append(assets.styleSheet()).append("</style>\n</head>\n");
  }

  private static void summary(StringBuilder html, Brief brief) {
    if (brief.summary().isEmpty()) {
      return;
    }
    html.append("<section class=\"summary\" aria-labelledby=\"brief_summary\">\n")
        .append("<h2 id=\"brief_summary\">Summary</h2>\n<ul>\n");
    brief.summary().forEach(line ->
        html.append("<li>").append(Html.escape(line)).append("</li>\n"));
    html.append("</ul>\n</section>\n");
  }

  private static void contents(StringBuilder html, Brief brief) {
    html.append("<nav class=\"contents\" aria-labelledby=\"brief_contents\">\n")
        .append("<h2 id=\"brief_contents\">Contents</h2>\n<ol>\n");
    for (Section section : brief.sections()) {
      html.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">")
          .append(Html.escape(section.heading())).append("</a></li>\n");
    }
    html.append("</ol>\n<p class=\"contents-sources\"><a href=\"#brief_sources\">Sources</a></p>\n")
        .append("</nav>\n");
  }

  private void section(StringBuilder html, Section section) {
    html.append("<section class=\"part\" id=\"").append(Html.escape(section.id())).append("\">\n")
        .append("<h2>").append(Html.escape(section.heading())).append("</h2>\n");
    section.blocks().forEach(block -> block(html, block));
    html.append("</section>\n");
  }

  private void block(StringBuilder html, Block block) {
    if (block instanceof Paragraph paragraph) {
      html.append("<p>").append(Html.escape(paragraph.text())).append("</p>\n");
    } else if (block instanceof Note note) {
      html.append("<aside class=\"note\"><strong>Note.</strong> ")
          .append(Html.escape(note.text())).append("</aside>\n");
    } else if (block instanceof TableBlock table) {
      TableHtml.append(html, table.table(), table.caption());
    } else {
      charts.append(html, (Chart) block);
    }
  }

  private static void sources(StringBuilder html, Brief brief) {
    html.append("<footer class=\"sources\" aria-labelledby=\"brief_sources\">\n")
        .append("<h2 id=\"brief_sources\">Sources</h2>\n");
    if (!brief.sources().isEmpty()) {
      html.append("<ol>\n");
      for (Citation source : brief.sources()) {
        html.append("<li><cite>").append(Html.escape(source.name())).append("</cite>. ")
            .append(Html.escape(source.edition())).append(". <span class=\"terms\">")
            .append(Html.escape(source.terms())).append("</span></li>\n");
      }
      html.append("</ol>\n");
    }
    html.append("<p class=\"colophon\">Made with Bulwark. Charts drawn by Apache ECharts ")
        .append(Assets.ECHARTS_VERSION).append(" (Apache License 2.0; Copyright The Apache ")
        .append("Software Foundation), embedded in this file.</p>\n</footer>\n");
  }
}
