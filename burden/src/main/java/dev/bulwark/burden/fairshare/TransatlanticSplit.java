package dev.bulwark.burden.fairshare;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Figure;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The split of alliance defence spending, in current US$, between the United States and the other
 * allies, year by year: {@code US share = 100 × S_USA / Σ S}, {@code others' share = 100 −
 * US share}, sums over the members of each year with spending figures. For NATO this reproduces
 * the "NATO Total" and "NATO Europe and Canada" lines of NATO's Table 2, which add new allies
 * from their accession year as {@link Alliance#membersIn(int)} does.
 *
 * <p>By default the years are those of NATO's tables in the panel; sources as in {@link Figures}.
 *
 * <pre>{@code
 * List<SplitYear> split = TransatlanticSplit.withDefaults().split(panel, nato);
 * }</pre>
 */
public final class TransatlanticSplit {

  private static final String US = "USA";

  private final Optional<YearRange> years;
  private final Optional<SpendingSource> source;

  private TransatlanticSplit(Optional<YearRange> years, Optional<SpendingSource> source) {
    this.years = years;
    this.source = source;
  }

  /** Returns the split over the years of NATO's tables, sources chosen year by year. */
  public static TransatlanticSplit withDefaults() {
    return new TransatlanticSplit(Optional.empty(), Optional.empty());
  }

  /** Returns a copy over these years, inclusive. */
  public TransatlanticSplit withYears(int from, int to) {
    return new TransatlanticSplit(Optional.of(new YearRange(from, to)), source);
  }

  /** Returns a copy that reads this source whatever the year. */
  public TransatlanticSplit withSource(SpendingSource source) {
    BurdenException.require(source != null, "source must be given");
    return new TransatlanticSplit(years, Optional.of(source));
  }

  /**
   * Splits each year's spending.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when a year has no figures or no US figure
   */
  public List<SplitYear> split(Panel panel, Alliance alliance) {
    YearRange range = years.orElseGet(() -> Figures.coverage(panel, SpendingSource.NATO));
    return range.years().mapToObj(year -> splitYear(panel, alliance, year)).toList();
  }

  private SplitYear splitYear(Panel panel, Alliance alliance, int year) {
    Figures figures = Figures.of(panel, source, year);
    Roster roster = figures.roster(alliance, EnumSet.of(Quantity.SPENDING_USD_CURRENT));
    BurdenException.require(roster.counted().contains(US), "the United States has no "
        + figures.source() + " defence spending in " + year + " as a member of " + alliance.id());
    List<Figure> used = roster.counted().stream()
        .map(iso3 -> figures.require(Quantity.SPENDING_USD_CURRENT, iso3)).toList();
    double us = figures.require(Quantity.SPENDING_USD_CURRENT, US).value();
    double total = FairShare.sum(figures, roster, Quantity.SPENDING_USD_CURRENT);
    return new SplitYear(year, figures.source().name(), roster.counted().size(), us, total - us,
        total, 100.0 * us / total, 100.0 * (total - us) / total, Figure.provenanceOf(used),
        Figure.anyEstimate(used));
  }
}
