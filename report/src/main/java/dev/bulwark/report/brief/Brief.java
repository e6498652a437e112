package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A brief: a title and date line, the summary a reader takes away in a minute, the sections that
 * argue it with tables and charts, and the sources every figure comes from.
 *
 * <p>Section ids and chart ids become HTML ids of one page, so they must all differ.
 *
 * <pre>{@code
 * Brief brief = Brief.builder("Who pays for NATO?")
 *     .dateLine("Figures as of June 2024")
 *     .summary("23 of the 31 allies with armed forces are estimated to meet 2% of GDP in 2024.")
 *     .section(Section.of("shares", "Shares of GDP",
 *         Paragraph.of("NATO's estimates for 2024, as published in June 2024."), sharesChart))
 *     .source(Citation.of(natoEdition))
 *     .build();
 * }</pre>
 *
 * @param title the title
 * @param dateLine the line under the title (date, edition of the figures), or empty
 * @param summary the key findings, one line each
 * @param sections the sections, in order
 * @param sources the sources, in the order listed at the end
 */
public record Brief(String title, String dateLine, List<String> summary, List<Section> sections,
    List<Citation> sources) {

  public Brief {
    Checks.text(title, "brief title");
    dateLine = Checks.optional(dateLine);
    summary = Checks.lines(summary, "summary");
    sections = Checks.list(sections, "sections");
    sources = Checks.list(sources, "sources");
    requireDistinctIds(sections);
  }

  /** Returns a builder for a brief titled {@code title}. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** Returns every chart of the brief, in reading order. */
  public List<Chart> charts() {
    List<Chart> charts = new ArrayList<>();
    for (Section section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Chart chart) {
          charts.add(chart);
        }
      }
    }
    return List.copyOf(charts);
  }

  private static void requireDistinctIds(List<Section> sections) {
    Set<String> seen = new HashSet<>();
    for (Section section : sections) {
      ReportException.require(seen.add(section.id()), "section id '" + section.id()
          + "' is already taken; ids of sections and charts must all differ");
      for (Block block : section.blocks()) {
        if (block instanceof Chart chart) {
          ReportException.require(seen.add(chart.id()), "chart id '" + chart.id() + "' in section '"
              + section.id() + "' is already taken; ids of sections and charts must all differ");
        }
      }
    }
  }

  /** Collects a brief's parts; {@link #build()} validates them. */
  public static final class Builder {

    private final String title;
    private String dateLine = "";
    private final List<String> summary = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Citation> sources = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Sets the line under the title, such as the date and the edition of the figures. */
    public Builder dateLine(String dateLine) {
      this.dateLine = dateLine;
      return this;
    }

    /** Adds a line to the summary. */
    public Builder summary(String line) {
      summary.add(line);
      return this;
    }

    /** Adds a section. */
    public Builder section(Section section) {
      sections.add(section);
      return this;
    }

    /** Adds a source. */
    public Builder source(Citation source) {
      sources.add(source);
      return this;
    }

    /** Returns the brief. */
    public Brief build() {
      return new Brief(title, dateLine, summary, sections, sources);
    }
  }
}
