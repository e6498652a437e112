package dev.bulwark.burden.path;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Figure;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.unit.Percent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;

/**
 * Year-by-year paths from the base year {@code t0} (by default the latest year with data) to a
 * target share {@code s*} by a target year {@code T} (by default the Hague 3.5% by 2035).
 *
 * <p>For each counted ally, with published share {@code s0} (the verdict: NATO's Table 3, % of
 * real GDP), published spending {@code S0} and GDP {@code Y0} (both current US$, NATO Tables 2
 * and 5) in {@code t0}, and GDP growth {@code g} from the {@link GdpGrowth} assumption (default:
 * a flat 3% a year in current US$):
 * <ul>
 *   <li>share at current prices, {@code c0 = 100 × S0 / Y0}, so every path starts from the
 *       published spending (NATO's share is a ratio at constant prices: the Netherlands' 2.05% of
 *       real GDP in 2024e times its GDP at current prices would give 23,834 US$ million against
 *       the 21,460 NATO publishes);
 *   <li>share, linear interpolation in each basis: {@code s(t) = s0 + (s* − s0) × (t − t0) / (T −
 *       t0)} and {@code c(t) = c0 + (s* − c0) × (t − t0) / (T − t0)} when {@code s0 < s*}; an
 *       ally whose published share is already at or above {@code s*} stays at {@code s0} and
 *       {@code c0};
 *   <li>GDP: {@code Y(t) = Y0 × (1 + g)^(t − t0)};
 *   <li>spending: {@code S(t) = c(t) / 100 × Y(t)}, so {@code S(t0) = S0};
 *   <li>required growth of spending: {@code (S_T / S_0)^(1 / (T − t0)) − 1};
 *   <li>cumulative extra spending against staying at today's share:
 *       {@code Σ_{t = t0+1..T} (c(t) − c0) / 100 × Y(t)}.
 * </ul>
 * Sources: NATO's tables (Tables 2, 3 and 5) in the years they cover, else SIPRI share and
 * spending with World Bank GDP (see {@link Figures}).
 *
 * <pre>{@code
 * PathReport paths = TargetPath.withDefaults().project(panel, nato);   // 3.5% by 2035, 3% growth
 * paths.ally("ESP").requiredSpendingGrowth();
 * }</pre>
 */
public final class TargetPath {

  /** The figures every counted ally must have. */
  private static final Set<Quantity> NEEDED = EnumSet.of(Quantity.SHARE_OF_GDP,
      Quantity.SPENDING_USD_CURRENT, Quantity.GDP_USD_CURRENT);

  private final Percent target;
  private final int targetYear;
  private final GdpGrowth growth;
  private final OptionalInt baseYear;
  private final Optional<SpendingSource> source;

  private TargetPath(Percent target, int targetYear, GdpGrowth growth, OptionalInt baseYear,
      Optional<SpendingSource> source) {
    this.target = target;
    this.targetYear = targetYear;
    this.growth = growth;
    this.baseYear = baseYear;
    this.source = source;
  }

  /** Returns paths to 3.5% of GDP by 2035 with GDP growing a flat 3% a year in current US$. */
  public static TargetPath withDefaults() {
    return new TargetPath(Percent.of(3.5), 2035, GdpGrowth.flat(0.03), OptionalInt.empty(),
        Optional.empty());
  }

  /** Returns a copy aiming at this share of GDP (more than 0%, at most 100%) by this year. */
  public TargetPath withTarget(Percent target, int targetYear) {
    BurdenException.require(target != null, "target must be given");
    BurdenException.inRange(target.points(), Double.MIN_VALUE, 100.0, "target share of GDP (%)");
    return new TargetPath(target, targetYear, growth, baseYear, source);
  }

  /** Returns a copy with this GDP growth assumption. */
  public TargetPath withGrowth(GdpGrowth growth) {
    BurdenException.require(growth != null, "GDP growth must be given");
    return new TargetPath(target, targetYear, growth, baseYear, source);
  }

  /** Returns a copy that starts from this year instead of the latest year with data. */
  public TargetPath withBaseYear(int baseYear) {
    return new TargetPath(target, targetYear, growth, OptionalInt.of(baseYear), source);
  }

  /** Returns a copy that reads this source. */
  public TargetPath withSource(SpendingSource source) {
    BurdenException.require(source != null, "source must be given");
    return new TargetPath(target, targetYear, growth, baseYear, Optional.of(source));
  }

  /**
   * Returns the latest year this analysis can answer for the alliance: the newest year in
   * which at least one member has every figure it needs, from the source that answers.
   */
  public int latestYear(Panel panel, Alliance alliance) {
    return Figures.latestYear(panel, source, alliance, NEEDED);
  }

  /**
   * Projects the paths.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the base year has no figures or the
   *     target year is not after it
   */
  public PathReport project(Panel panel, Alliance alliance) {
    int t0 = baseYear.orElseGet(() -> latestYear(panel, alliance));
    BurdenException.require(targetYear > t0,
        "target year must be after the base year " + t0 + ", was " + targetYear);
    Figures figures = Figures.of(panel, source, t0);
    Roster roster = figures.roster(alliance, NEEDED);
    List<AllyPath> paths = roster.counted().stream()
        .map(iso3 -> path(panel, figures, iso3)).toList();
    return new PathReport(roster, target, targetYear, growth, paths,
        paths.stream().mapToDouble(AllyPath::cumulativeExtraUsdMillion).sum(),
        List.of("share rises linearly from the published " + t0 + " share to " + target + " in "
                + targetYear + "; allies already at or above it stay at their share",
            growth.describe(), "every path starts from the published spending in current US$;"
                + " spending = share at current prices (spending / GDP, rising to " + target
                + ") × GDP; the published share, which NATO computes at constant prices, decides"
                + " who is already at the target"));
  }

  private AllyPath path(Panel panel, Figures figures, String iso3) {
    Figure share = figures.require(Quantity.SHARE_OF_GDP, iso3);
    Figure spending = figures.require(Quantity.SPENDING_USD_CURRENT, iso3);
    Figure gdp = figures.require(Quantity.GDP_USD_CURRENT, iso3);
    double g = growth.rate(panel, figures.source(), iso3);
    int t0 = figures.year();
    double s0 = share.value();
    double c0 = 100.0 * spending.value() / gdp.value();
    boolean stays = s0 >= target.points();
    List<PathYear> years = new ArrayList<>();
    double extra = 0.0;
    for (int t = t0; t <= targetYear; t++) {
      double step = stays ? 0.0 : (double) (t - t0) / (targetYear - t0);
      double s = s0 + (target.points() - s0) * step;
      double c = c0 + (target.points() - c0) * step;
      double y = gdp.value() * Math.pow(1.0 + g, t - t0);
      PathYear year = new PathYear(t, s, c, y, t == t0 ? spending.value() : c / 100.0 * y,
          (c - c0) / 100.0 * y);
      years.add(year);
      extra += year.extraUsdMillion();
    }
    double required = Math.pow(years.get(years.size() - 1).spendingUsdMillion()
        / years.get(0).spendingUsdMillion(), 1.0 / (targetYear - t0)) - 1.0;
    List<Figure> used = List.of(share, spending, gdp);
    return new AllyPath(iso3, s0, c0, g, required, extra, years, Figure.provenanceOf(used),
        Figure.anyEstimate(used));
  }
}
