package dev.bulwark.burden.gap;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Figure;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.unit.Percent;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gap and cost of reaching a target share of GDP in a year.
 *
 * <p>For each counted ally (members with a share of GDP, spending and GDP in current US$):
 * <ul>
 *   <li>the verdict and the gap in points use the published share (NATO: Table 3, % of real GDP,
 *       the figure NATO compares with its targets): {@code gap_pp = max(0, target − share)};
 *   <li>the cost is priced in one price basis, current US$, from spending and GDP both at current
 *       prices (NATO Tables 2 and 5; SIPRI and World Bank in SIPRI years):
 *       {@code gap_usd = max(0, target / 100 × GDP − spending)}, and the surplus is the mirror
 *       image {@code max(0, spending − target / 100 × GDP)}.
 * </ul>
 * NATO's share is a ratio at constant prices, so it can differ from spending ÷ GDP at current
 * prices ({@code shareCurrentPct}): the Netherlands in 2024e meets 2% by NATO's share (2.05%) but
 * spends 1.85% of its GDP at current prices (21,460 of 1,162,883 US$ million), so it has no gap in
 * points and a gap of US$ 1,798 million. Multiplying the constant-price share by GDP at current
 * prices would mix the two price bases. Totals are plain sums over the allies.
 *
 * <pre>{@code
 * GapReport gaps = TargetGap.withDefaults().measure(panel, nato, 2024);   // 2% of GDP
 * gaps.ally("ESP").gapUsdMillion();
 * }</pre>
 */
public final class TargetGap {

  /** The figures every counted ally must have. */
  private static final Set<Quantity> NEEDED = EnumSet.of(Quantity.SHARE_OF_GDP,
      Quantity.SPENDING_USD_CURRENT, Quantity.GDP_USD_CURRENT);

  private final Percent target;
  private final Optional<SpendingSource> source;

  private TargetGap(Percent target, Optional<SpendingSource> source) {
    this.target = target;
    this.source = source;
  }

  /** Returns the analysis with a 2% of GDP target and the source chosen year by year. */
  public static TargetGap withDefaults() {
    return new TargetGap(Percent.of(2.0), Optional.empty());
  }

  /** Returns a copy that measures the gap to this share of GDP (more than 0%, at most 100%). */
  public TargetGap withTarget(Percent target) {
    BurdenException.require(target != null, "target must be given");
    BurdenException.inRange(target.points(), Double.MIN_VALUE, 100.0, "target share of GDP (%)");
    return new TargetGap(target, source);
  }

  /** Returns a copy that reads this source whatever the year. */
  public TargetGap withSource(SpendingSource source) {
    BurdenException.require(source != null, "source must be given");
    return new TargetGap(target, Optional.of(source));
  }

  /**
   * Returns the latest year this analysis can answer for the alliance: the newest year in
   * which at least one member has every figure it needs, from the source that answers.
   */
  public int latestYear(Panel panel, Alliance alliance) {
    return Figures.latestYear(panel, source, alliance, NEEDED);
  }

  /**
   * Measures the gaps in a year.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the year has no figures
   */
  public GapReport measure(Panel panel, Alliance alliance, int year) {
    Figures figures = Figures.of(panel, source, year);
    Roster roster = figures.roster(alliance, NEEDED);
    List<AllyGap> rows = roster.counted().stream().map(iso3 -> gap(figures, iso3))
        .sorted(Comparator.comparingDouble(AllyGap::gapUsdMillion).reversed()
            .thenComparing(AllyGap::iso3))
        .toList();
    return new GapReport(roster, target, rows,
        (int) rows.stream().filter(r -> !r.meetsTarget()).count(),
        rows.stream().mapToDouble(AllyGap::gapUsdMillion).sum(),
        rows.stream().mapToDouble(AllyGap::surplusUsdMillion).sum());
  }

  private AllyGap gap(Figures figures, String iso3) {
    Figure share = figures.require(Quantity.SHARE_OF_GDP, iso3);
    Figure spending = figures.require(Quantity.SPENDING_USD_CURRENT, iso3);
    Figure gdp = figures.require(Quantity.GDP_USD_CURRENT, iso3);
    double gapPoints = Math.max(0.0, target.points() - share.value());
    double surplusPoints = Math.max(0.0, share.value() - target.points());
    double atTarget = target.points() / 100.0 * gdp.value();
    List<Figure> used = List.of(share, spending, gdp);
    return new AllyGap(iso3, share.value(), 100.0 * spending.value() / gdp.value(),
        spending.value(), gdp.value(), gapPoints, Math.max(0.0, atTarget - spending.value()),
        surplusPoints, Math.max(0.0, spending.value() - atTarget), Figure.provenanceOf(used),
        Figure.anyEstimate(used));
  }
}
