package dev.bulwark.burden.figures;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.SpendingDefinition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of one year from one {@link SpendingSource}, read from a {@link Panel}.
 *
 * <p>Source choice: unless the caller forces a source, a year is answered by NATO's tables when
 * the panel holds NATO shares of GDP for it (2014–2024e in the 2024 edition) and by SIPRI (with
 * World Bank GDP) otherwise. The two are never mixed within a year: an ally NATO does not report
 * is left out rather than filled from SIPRI, because the definitions differ (SIPRI counts
 * paramilitary forces and uses its own GDP).
 *
 * <p>Who is counted: a member is counted when the source gives it a share of GDP and every other
 * figure the analysis needs. Iceland, which has no armed forces, has no share of GDP in NATO's
 * tables (Table 3 leaves it out) nor in SIPRI's (which gives its military expenditure as 0 in
 * current US$ but no share), so it is left out in NATO and SIPRI years alike and the count of
 * allies changes only with membership.
 *
 * <p>GDP in SIPRI years: the World Bank's GDP in current US$, except in years past the World
 * Bank's series (2024 in the March 2026 snapshot), where it is the GDP SIPRI's own figures imply,
 * military expenditure in current US$ ÷ share of GDP ({@link #gdpImplied()}).
 */
public final class Figures {

  /** Marks the provenance of a GDP implied by SIPRI's figures. */
  public static final String IMPLIED_GDP = "(GDP implied: milex ÷ share)";

  private final Panel panel;
  private final SpendingSource source;
  private final int year;

  private Figures(Panel panel, SpendingSource source, int year) {
    this.panel = panel;
    this.source = source;
    this.year = year;
  }

  /**
   * Returns the figures for a year from the forced source, or from the source chosen by the rule
   * above when {@code forced} is empty.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when no source (or not the forced one) has
   *     shares of GDP for the year
   */
  public static Figures of(Panel panel, Optional<SpendingSource> forced, int year) {
    List<SpendingSource> candidates = forced.map(List::of).orElse(List.of(SpendingSource.values()));
    return candidates.stream().filter(s -> covers(panel, s, year)).findFirst()
        .map(s -> new Figures(panel, s, year))
        .orElseThrow(() -> BurdenException.badInput("year " + year + " has no defence spending"
            + " figures in " + candidates.stream().map(s -> s + " (" + coverageInWords(panel, s) + ")").toList()));
  }

  /**
   * Returns the latest year in which at least one member of the alliance has every needed
   * quantity from the source that answers that year (forced, or chosen by the rule above). A
   * year with shares of GDP but not the rest is passed over, and so, when GDP is needed, is a
   * SIPRI year past the World Bank's GDP (2024): its implied GDP answers only when asked for.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when no year has them
   */
  public static int latestYear(Panel panel, Optional<SpendingSource> forced, Alliance alliance,
      Set<Quantity> needed) {
    List<SpendingSource> candidates = forced.map(List::of).orElse(List.of(SpendingSource.values()));
    TreeSet<Integer> years = new TreeSet<>();
    candidates.forEach(s -> years.addAll(panel.years(shareSeries(s))));
    for (int year : years.descendingSet()) {
      Figures figures = of(panel, forced, year);
      if (figures.gdpImplied() && needed.contains(Quantity.GDP_USD_CURRENT)) {
        continue;
      }
      boolean anyComplete = alliance.membersIn(year).stream()
          .anyMatch(iso3 -> needed.stream().allMatch(q -> figures.get(q, iso3).isPresent()));
      if (anyComplete) {
        return year;
      }
    }
    throw BurdenException.badInput("no year has " + needed + " for any member of "
        + alliance.id() + " from " + candidates);
  }

  /**
   * Returns the first and last years with shares of GDP from a source (NATO's 2024 tables:
   * 2014–2024).
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the panel holds none
   */
  public static YearRange coverage(Panel panel, SpendingSource source) {
    TreeSet<Integer> years = new TreeSet<>(panel.years(shareSeries(source)));
    BurdenException.require(!years.isEmpty(), "the panel holds no " + source + " shares of GDP");
    return new YearRange(years.first(), years.last());
  }

  /** Returns the source that answered. */
  public SpendingSource source() {
    return source;
  }

  /** Returns the year. */
  public int year() {
    return year;
  }

  /**
   * Returns what the answering edition counts as defence spending: its recorded definition, or
   * the source's usual one for a panel whose edition records none.
   */
  public SpendingDefinition definition() {
    return source.definition(panel);
  }

  /** Returns an ally's figure for the quantity, or empty when the source has none. */
  public Optional<Figure> get(Quantity quantity, String iso3) {
    if (quantity == Quantity.GDP_USD_CURRENT && gdpImplied()) {
      return impliedGdp(iso3);
    }
    return source.indicator(quantity)
        .flatMap(indicator -> panel.observation(indicator, iso3, year))
        .map(o -> Figure.of(o, source.scale(quantity)));
  }

  /**
   * Returns whether GDP is implied by SIPRI's figures (military expenditure in current US$ ÷
   * share of GDP) because the year is past the World Bank's GDP series.
   */
  public boolean gdpImplied() {
    return source == SpendingSource.SIPRI && !panel.years(Indicator.WB_GDP_USD_CURRENT).isEmpty()
        && !panel.years(Indicator.WB_GDP_USD_CURRENT).contains(year);
  }

  /** Returns the GDP implied by SIPRI's milex and share, million current US$. */
  private Optional<Figure> impliedGdp(String iso3) {
    Optional<Figure> milex = panel.observation(Indicator.SIPRI_MILEX_CURRENT, iso3, year)
        .map(o -> Figure.of(o, 1.0));
    Optional<Figure> share = panel.observation(Indicator.SIPRI_MILEX_SHARE_GDP, iso3, year)
        .filter(o -> o.value() > 0).map(o -> Figure.of(o, 1.0));
    if (milex.isEmpty() || share.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Figure(milex.get().value() / (share.get().value() / 100.0),
        milex.get().provenance() + " " + IMPLIED_GDP,
        milex.get().estimate() || share.get().estimate()));
  }

  /** Returns the figure, or throws a {@code FAILURE} if a counted ally lacks it after all. */
  public Figure require(Quantity quantity, String iso3) {
    return get(quantity, iso3).orElseThrow(() -> BurdenException.failure(
        "no " + quantity + " for " + iso3 + " in " + year + " from " + source));
  }

  /**
   * Returns the figures for a year for a list of states rather than an alliance: the forced
   * source, else NATO's tables when they give every state a share of GDP that year, else SIPRI
   * (any state SIPRI covers, allies or not).
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when no source has shares for the year
   */
  public static Figures forStates(Panel panel, Optional<SpendingSource> forced, int year,
      List<String> states) {
    if (forced.isEmpty() && covers(panel, SpendingSource.NATO, year) && !states.stream()
        .allMatch(iso3 -> panel.observation(shareSeries(SpendingSource.NATO), iso3, year)
            .isPresent()) && covers(panel, SpendingSource.SIPRI, year)) {
      return new Figures(panel, SpendingSource.SIPRI, year);
    }
    return of(panel, forced, year);
  }

  /** Returns the states the source gives a share of GDP for the year, by code. */
  public List<String> statesWithShares() {
    return panel.observations(shareSeries(source)).stream().filter(o -> o.year() == year)
        .map(o -> o.iso3()).distinct().sorted().toList();
  }

  /**
   * Returns the members in this year (by {@link Alliance#membersIn(int)}) split into those with
   * a share of GDP and every needed quantity and those without.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when no member has them all
   */
  public Roster roster(Alliance alliance, Set<Quantity> needed) {
    return roster(alliance.id(), alliance.membersIn(year), needed);
  }

  /**
   * Returns the states of a group ({@link Roster#STATES} for states asked for by name) split
   * into those with a share of GDP and every needed quantity and those without.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when none has them all
   */
  public Roster roster(String group, List<String> members, Set<Quantity> needed) {
    List<String> counted = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    Set<Quantity> counting = EnumSet.of(Quantity.SHARE_OF_GDP);
    counting.addAll(needed);
    for (String iso3 : members) {
      boolean complete = counting.stream().allMatch(q -> get(q, iso3).isPresent());
      (complete ? counted : leftOut).add(iso3);
    }
    BurdenException.require(!counted.isEmpty(), "no member of " + group + " in " + year
        + " has every figure needed from " + source + ": " + missing(counting, members)
        + "; members: " + members);
    return new Roster(group, year, counted, leftOut, source, definition());
  }

  /** Names each needed figure no member has, with the series and source that would give it. */
  private String missing(Set<Quantity> needed, List<String> members) {
    List<String> missing = new ArrayList<>();
    for (Quantity q : needed) {
      boolean anyone = members.stream().anyMatch(iso3 -> get(q, iso3).isPresent());
      if (!anyone && q == Quantity.GDP_USD_CURRENT && gdpImplied()) {
        missing.add("gdp_usd_current (implied by SIPRI's military expenditure in current US$ ÷ its"
            + " share of GDP, as the World Bank's GDP covers only "
            + coverageOf(Indicator.WB_GDP_USD_CURRENT) + ")");
      } else if (!anyone) {
        missing.add(q.name().toLowerCase(Locale.ROOT) + " ("
            + source.indicator(q).map(i -> i.source().shortName() + " " + i.description()
                + " in " + coverageOf(i)).orElse("not published by " + source) + ")");
      }
    }
    return missing.isEmpty() ? "no member has them all at once" : "no member has "
        + String.join(", ", missing);
  }

  private String coverageOf(Indicator indicator) {
    TreeSet<Integer> years = new TreeSet<>(panel.years(indicator));
    return years.isEmpty() ? "no year" : years.first() + "–" + years.last();
  }

  private static boolean covers(Panel panel, SpendingSource source, int year) {
    return panel.years(shareSeries(source)).contains(year);
  }

  private static String coverageInWords(Panel panel, SpendingSource source) {
    Set<Integer> years = panel.years(shareSeries(source));
    return years.isEmpty() ? "no years" : coverage(panel, source).toString();
  }

  private static Indicator shareSeries(SpendingSource source) {
    return source.indicator(Quantity.SHARE_OF_GDP).orElseThrow();
  }
}
