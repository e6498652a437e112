package dev.bulwark.burden.fairshare;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Figure;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each ally's share of alliance defence spending divided by its share of alliance GDP, both in
 * current US$: {@code ratio_i = (S_i / Σ S) / (Y_i / Σ Y)}, sums over the counted allies (members
 * in the year with both figures). A ratio above 1 means the ally carries more than its economic
 * weight. Sources: NATO Tables 2 and 5 in the years they cover, else SIPRI military expenditure in
 * current US$ and World Bank GDP (see {@link Figures}).
 *
 * <pre>{@code
 * FairShareReport shares = FairShare.withDefaults().measure(panel, nato, 2024);
 * shares.ally("USA").ratio();
 * }</pre>
 */
public final class FairShare {

  /** The figures every counted ally must have. */
  private static final Set<Quantity> NEEDED = EnumSet.of(Quantity.SPENDING_USD_CURRENT, Quantity.GDP_USD_CURRENT);

  private final Optional<SpendingSource> source;

  private FairShare(Optional<SpendingSource> source) {
    this.source = source;
  }

  /** Returns the analysis with the source chosen year by year. */
  public static FairShare withDefaults() {
    return new FairShare(Optional.empty());
  }

  /** Returns a copy that reads this source whatever the year. */
  public FairShare withSource(SpendingSource source) {
    BurdenException.require(source != null, "source must be given");
    return new FairShare(Optional.of(source));
  }

  /**
   * Returns the latest year this analysis can answer for the alliance: the newest year in
   * which at least one member has every figure it needs, from the source that answers.
   */
  public int latestYear(Panel panel, Alliance alliance) {
    return Figures.latestYear(panel, source, alliance, NEEDED);
  }

  /**
   * Measures the fair shares in a year.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the year has no figures
   */
  public FairShareReport measure(Panel panel, Alliance alliance, int year) {
    Figures figures = Figures.of(panel, source, year);
    Roster roster = figures.roster(alliance, NEEDED);
    double totalSpending = sum(figures, roster, Quantity.SPENDING_USD_CURRENT);
    double totalGdp = sum(figures, roster, Quantity.GDP_USD_CURRENT);
    List<AllyFairShare> rows = roster.counted().stream().map(iso3 -> {
      Figure spending = figures.require(Quantity.SPENDING_USD_CURRENT, iso3);
      Figure gdp = figures.require(Quantity.GDP_USD_CURRENT, iso3);
      double spendingShare = 100.0 * spending.value() / totalSpending;
      double gdpShare = 100.0 * gdp.value() / totalGdp;
      List<Figure> used = List.of(spending, gdp);
      return new AllyFairShare(iso3, spending.value(), gdp.value(), spendingShare, gdpShare,
          spendingShare / gdpShare, Figure.provenanceOf(used), Figure.anyEstimate(used));
    }).sorted(Comparator.comparingDouble(AllyFairShare::ratio).reversed()
        .thenComparing(AllyFairShare::iso3)).toList();
    return new FairShareReport(roster, totalSpending, totalGdp, rows);
  }

  /** Returns the sum of a quantity over the counted allies. */
  static double sum(Figures figures, Roster roster, Quantity quantity) {
    return roster.counted().stream().mapToDouble(iso3 -> figures.require(quantity, iso3).value())
        .sum();
  }
}
