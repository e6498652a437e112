package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class BriefRendererTest {

  private static final BriefRenderer RENDERER = new BriefRenderer();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CHART_DIV = Pattern.compile("<div id=\"([^\"]+)\"[^>]*data-chart=");
  private static final Pattern OPTION = Pattern.compile(
      "<script type=\"application/json\" data-option-for=\"([^\"]+)\">(.*?)</script>",
      Pattern.DOTALL);
  private static final Pattern SCRIPT_BODY =
      Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL);
  private static final String HOSTILE = "Fix </script><script>alert('x')</script> & <b>this</b>";

  private final String sample = RENDERER.render(SampleBrief.withEveryChart());

  @Test
  void aCountryNoteWithAScriptTagIsShownAsTextAndNeverRun() {
    Brief brief = Brief.builder("Escaping")
        .section(Section.of("notes", "Country notes", Note.of(HOSTILE)))
        .build();

    String html = RENDERER.render(brief);

    assertThat(html).contains("Fix &lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        + " &amp; &lt;b&gt;this&lt;/b&gt;");
    assertThat(html).doesNotContain("alert('x')").doesNotContain("<b>this");
    // The only script elements are ECharts and the drawing script; the note added none.
    assertThat(count(html, "<script")).isEqualTo(2);
  }

  @Test
  void textInsideAChartOptionCannotCloseItsScriptElementAndParsesBack() throws Exception {
    BarChart hostile = BarChart.builder("hostile", HOSTILE)
        .categoryAxis("Ally").categories("DEU")
        .valueAxis("Spending", "% of GDP").series(HOSTILE, 2.12).build();
    Brief brief = Brief.builder("Escaping").section(Section.of("s", "S", hostile)).build();

    String html = RENDERER.render(brief);
    Map<String, String> options = options(html);

    assertThat(options).containsOnlyKeys("hostile");
    assertThat(options.get("hostile")).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    JsonNode option = JSON.readTree(options.get("hostile"));
    assertThat(option.at("/series/0/name").asText()).isEqualTo(HOSTILE);
    assertThat(count(html, "<script")).isEqualTo(3);
  }

  @Test
  void tableHeadingsCarryTheirUnitsAndDescriptionsAndCellsTheirTypes() {
    assertThat(sample).contains("<th scope=\"col\" title=\"the ally&#39;s ISO3 code\">Ally</th>"
        + "<th scope=\"col\" class=\"num\" title=\"defence expenditure as a share of real GDP in"
        + " 2014\">Defence expenditure 2014<span class=\"unit\">% of GDP</span></th>");
    assertThat(sample).contains("<td>POL</td><td class=\"num\">1.88</td>"
        + "<td class=\"num\">4.12</td><td>yes</td>");
    assertThat(sample).contains("<caption>The allies of the chart, 2014 and 2024</caption>",
        "<li>Estimate: yes where NATO flags the 2024 figure as an estimate.</li>");
  }

  @Test
  void aTableWritesNumbersWithTheirColumnsDecimalsAndEscapesHeadingsAndCells() {
    Table table = Table.of(Column.text("ally", HOSTILE).withHeading(HOSTILE),
            Column.number("spending_usd_m", "US$ m", 1, "spending"),
            Column.count("personnel", "", "personnel"),
            Column.text("meets_2_pct", "whether it meets 2%"))
        .row(HOSTILE, 967707.04, 1300200, false)
        .row("ISL", null, 0, null);
    String html = RENDERER.render(Brief.builder("Table")
        .section(Section.of("s", "S", TableBlock.of(table, HOSTILE))).build());

    assertThat(html).contains("<td class=\"num\">967,707.0</td><td class=\"num\">1300200</td>"
        + "<td>no</td>", "<td>ISL</td><td class=\"num\">–</td><td class=\"num\">0</td>"
        + "<td>–</td>", "<th scope=\"col\" title=\"whether it meets 2%\">meets_2_pct</th>");
    assertThat(html).doesNotContain("alert('x')").doesNotContain("<b>this");
    assertThat(count(html, "title=\"Fix &lt;/script&gt;")).isEqualTo(1);
    assertThat(count(html, "<script")).isEqualTo(2);
  }

  @Test
  void everyChartHasAUniqueIdAndItsOwnOption() {
    List<String> ids = chartIds(sample);

    assertThat(ids).containsExactly("share-of-gdp", "trend-2014-2024", "size-and-burden");
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(options(sample).keySet()).containsExactlyElementsOf(ids);
    assertThat(sample).contains("data-chart=\"bar\"", "data-chart=\"line\"",
        "data-chart=\"scatter\"");
  }

  @Test
  void theBarChartOptionParsesBackToTheFiguresAndTargets() throws Exception {
    JsonNode option = JSON.readTree(options(sample).get("share-of-gdp"));

    assertThat(option.at("/xAxis/data").size()).isEqualTo(SampleBrief.ALLIES.length);
    assertThat(option.at("/xAxis/data/0").asText()).isEqualTo("POL");
    assertThat(option.at("/series/1/name").asText()).isEqualTo("2024e");
    assertThat(option.at("/series/1/data/0").asDouble()).isEqualTo(4.12);
    assertThat(option.at("/series/0/markLine/data/0/yAxis").asDouble()).isEqualTo(2.0);
    assertThat(option.at("/series/0/markLine/data/2/name").asText())
        .isEqualTo("5% overall (The Hague 2025)");
    // The 5% target lies above every bar: 5 * 1.08 = 5.4, rounded up to a whole 1 is 6.
    assertThat(option.at("/yAxis/max").asDouble()).isEqualTo(6.0);
    // 19 labels of 3 characters need 19 * (3 * 7 + 8) = 551 pixels of 800: no need to turn them.
    assertThat(option.at("/xAxis/axisLabel/rotate").asInt(-1)).isZero();
    assertThat(option.at("/yAxis/name").asText()).isEqualTo("Defence expenditure (% of GDP)");
    assertThat(option.at("/animation").asBoolean(true)).isFalse();
  }

  @Test
  void theLineAndScatterOptionsParseBackToYearsPointsAndALogAxis() throws Exception {
    JsonNode line = JSON.readTree(options(sample).get("trend-2014-2024"));
    JsonNode scatter = JSON.readTree(options(sample).get("size-and-burden"));

    assertThat(line.at("/xAxis/data/0").asText()).isEqualTo("2014");
    assertThat(line.at("/xAxis/data/10").asText()).isEqualTo("2024");
    assertThat(line.at("/series/2/name").asText()).isEqualTo("Germany");
    assertThat(line.at("/series/2/data/10").asDouble()).isEqualTo(2.12);
    assertThat(line.at("/yAxis/max").isMissingNode()).as("no target above the lines").isTrue();
    assertThat(scatter.at("/xAxis/type").asText()).isEqualTo("log");
    assertThat(scatter.at("/series/0/data/2/name").asText()).isEqualTo("USA");
    assertThat(scatter.at("/series/0/data/2/value/0").asDouble()).isEqualTo(28720.0);
    assertThat(scatter.at("/series/0/data/2/value/1").asDouble()).isEqualTo(3.38);
  }

  @Test
  void aMissingValueIsNullInTheChartAndADashInItsDataTable() throws Exception {
    BarChart gap = BarChart.builder("gap", "Gap")
        .categoryAxis("Ally").categories("ISL", "NOR")
        .valueAxis("Spending", "% of GDP")
        .series(new Series("2024", Arrays.asList(null, 2.2)))
        .build();
    String html = RENDERER.render(Brief.builder("Gaps").section(Section.of("s", "S", gap)).build());

    assertThat(JSON.readTree(options(html).get("gap")).at("/series/0/data/0").isNull()).isTrue();
    assertThat(html).contains("<td>ISL</td><td class=\"num\">–</td>");
  }

  @Test
  void everyChartHasItsDataAsATextTable() {
    assertThat(count(sample, "<details class=\"chart-data\">")).isEqualTo(3);
    assertThat(sample).contains("<td class=\"num\">2024</td><td class=\"num\">3.38</td>"
        + "<td class=\"num\">4.12</td><td class=\"num\">2.12</td>");
    // GDP is given in whole billions, so its column shows no decimals but groups thousands.
    assertThat(sample).contains("<td>USA</td><td class=\"num\">28,720</td>"
        + "<td class=\"num\">3.38</td>");
    // A column shows the decimals its values need, so Norway's 2.2 reads 2.20 beside 2.12.
    assertThat(sample).contains("<td>NOR</td><td class=\"num\">1.54</td>"
        + "<td class=\"num\">2.20</td></tr>");
    assertThat(sample).contains("<li>Target line 3.5% core (The Hague 2025): 3.5 % of GDP.</li>");
  }

  @Test
  void thePageLinksEverySectionFromItsContentsAndListsItsSources() {
    assertThat(sample).contains("<a href=\"#shares\">Shares of GDP</a>",
        "<a href=\"#trends\">Trends since Wales</a>", "<a href=\"#size\">Economic size and burden</a>",
        "<section class=\"part\" id=\"shares\">", "<a href=\"#brief_sources\">Sources</a>",
        "<cite>NATO, Defence Expenditure of NATO Countries</cite>");
  }

  @Test
  void thePageIsSelfContainedAndUnderOneAndAHalfMegabytes() {
    String markup = SCRIPT_BODY.matcher(sample).replaceAll("<script></script>");

    assertThat(markup).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">")
        .doesNotContain(" src=").doesNotContain("<link").doesNotContain("<img")
        .doesNotContain("@import").doesNotContain("url(").doesNotContain("href=\"http");
    assertThat(count(markup, "<script")).isEqualTo(5);
    assertThat(sample).contains("renderer: 'canvas'").contains("Apache ECharts 6.1.0");
    assertThat(sample.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_500_000);
  }

  @Test
  void aMissingBriefIsBadInput() {
    assertThatThrownBy(() -> RENDERER.render(null))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT))
        .hasMessage("brief to render must be given, was null");
  }

  private static List<String> chartIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = CHART_DIV.matcher(html);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private static Map<String, String> options(String html) {
    Map<String, String> options = new LinkedHashMap<>();
    Matcher matcher = OPTION.matcher(html);
    while (matcher.find()) {
      options.put(matcher.group(1), matcher.group(2));
    }
    return options;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
