package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.aid.AidRegion;
import dev.bulwark.burden.aid.DonorAid;
import dev.bulwark.burden.aid.MonthAid;
import dev.bulwark.burden.aid.RegionSplit;
import dev.bulwark.burden.aid.UkraineSupport;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.List;
import java.util.function.Function;

/**
 * The section "Who supports Ukraine": aid allocated by Europe (European states and the EU's
 * institutions) and by the United States year by year, Europe's share of military aid, and the
 * donors who give most in euros with their share of 2021 GDP, {@code 100 × aid / GDP₂₀₂₁}
 * ({@link UkraineSupport} over a release of Kiel's Ukraine Support Tracker).
 */
final class AidSection {

  static final String ID = "ukraine-support";
  static final String CHART_ID = "europe-and-us-aid";
  /** How many donors the table lists. */
  static final int DONORS = 10;

  private AidSection() {}

  /** Returns the section over a release. */
  static Section of(AidRelease release) {
    UkraineSupport support = UkraineSupport.withDefaults();
    List<MonthAid> years = support.byYear(release);
    RegionSplit whole = years.get(years.size() - 1).split();
    MonthAid last = years.stream().filter(y -> y.to().getYear() == 2025).findFirst()
        .orElse(years.get(years.size() - 1));
    return Section.of(ID, "Who supports Ukraine, " + release.firstMonth() + " to "
            + release.lastMonth(),
        Paragraph.of("From " + release.firstMonth() + " to " + release.lastMonth() + " Europe"
            + " (European states and the EU's institutions) allocated EUR "
            + Wording.fixed(whole.europe().total(), 1) + " bn of aid to Ukraine, the United"
            + " States EUR " + Wording.fixed(whole.of(AidRegion.UNITED_STATES).total(), 1)
            + " bn. In " + last.period() + " Europe gave "
            + Wording.fixed(last.split().europeanMilitarySharePct(), 1) + "% of military aid"
            + " allocated, against " + Wording.fixed(whole.europeanMilitarySharePct(), 1)
            + "% over the whole period: the measure of Europe 'taking ownership'. Figures are"
            + " allocations (delivered or earmarked), in current euros, as Kiel records them."),
        chart(release, years), table(release, support.byDonor(release)));
  }

  /** Where the aid figures come from, for the brief's list of sources. */
  static Citation citation(AidRelease release) {
    return new Citation("Kiel Institute for the World Economy, Ukraine Support Tracker",
        release.edition().title() + ", published " + release.edition().published(),
        AidRelease.CITATION);
  }

  private static BarChart chart(AidRelease release, List<MonthAid> years) {
    List<MonthAid> byYear = years.subList(0, years.size() - 1);
    return BarChart.builder(CHART_ID, "Aid to Ukraine allocated by Europe and the United"
            + " States, EUR bn")
        .categoryAxis("Year").categories(byYear.stream().map(MonthAid::period).toList())
        .valueAxis("Aid allocated", "EUR bn")
        .series(series("Europe", byYear, s -> s.europe().total()))
        .series(series("of which EU institutions", byYear,
            s -> s.of(AidRegion.EU_INSTITUTIONS).total()))
        .series(series("United States", byYear, s -> s.of(AidRegion.UNITED_STATES).total()))
        .caption("Source: " + release.edition().citation() + " (" + release.edition().title()
            + "). Europe: the EU's 27 members and institutions, the United Kingdom, Norway,"
            + " Switzerland and Iceland. The last year holds the months to "
            + release.lastMonth() + ".")
        .build();
  }

  private static Series series(String name, List<MonthAid> years,
      Function<RegionSplit, Double> value) {
    return new Series(name, years.stream()
        .map(y -> Wording.rounded(value.apply(y.split()), 1)).toList());
  }

  private static TableBlock table(AidRelease release, List<DonorAid> donors) {
    Table table = Table.of(Column.text("donor", "the donor and its code"),
        Column.number("total_eur_bn", "EUR bn", 1, "aid allocated").withHeading("Aid, EUR bn"),
        Column.number("military_eur_bn", "EUR bn", 1, "military aid allocated")
            .withHeading("Military, EUR bn"),
        Column.number("pct_gdp", "% of 2021 GDP", 2, "aid over 2021 GDP")
            .withHeading("% of GDP"))
        .notes("Source: " + release.edition().citation() + "; share of GDP = 100 × aid / 2021"
            + " GDP, as Kiel computes it; none for the EU institutions.");
    for (DonorAid d : donors.subList(0, Math.min(DONORS, donors.size()))) {
      table.row(d.name() + " (" + d.iso3() + ")", d.aid().total(), d.aid().military(),
          Columns.cell(d.pctGdp()));
    }
    return TableBlock.of(table, "The " + DONORS + " largest donors, " + release.firstMonth()
        + " to " + release.lastMonth());
  }
}
