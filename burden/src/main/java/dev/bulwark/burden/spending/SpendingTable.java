package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Figure;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spending table: for a year and an alliance, each member with defence spending figures, its
 * share of GDP, spending in current US$, spending per capita, equipment share and military
 * personnel, its rank by share of GDP, and its verdict on each {@link Target}.
 *
 * <p>Members are {@link Alliance#membersIn(int)}; members without a share of GDP (Iceland, which
 * has no armed forces) are left out of the rows and the counts and named in the
 * {@link Roster}. Sources: NATO, "Defence Expenditure of NATO Countries" (Tables 2, 3, 6, 7, 8a)
 * for the years it covers, else SIPRI's Military Expenditure Database; see {@link Figures}.
 *
 * <p>Comparison rule: an ally meets a target when its published figure, as stored, is at or above
 * the threshold ({@code share >= 2.0}). With NATO's 2024 tables this gives 23 of 31 allies at 2%
 * in 2024e, NATO's own statement (Slovakia's 2024e share is exactly 2.00 and counts). Rounding the
 * shares to the two published decimals first would change no 2% verdict in 2014–2024e; it would
 * change one 3.5% verdict (United States 2016, 3.496%, shown as 3.50).
 *
 * <pre>{@code
 * SpendingReport table = SpendingTable.withDefaults().tabulate(panel, nato, 2024);
 * table.tally("nato_2pct").summary();   // "23 of 31 allies meet nato_2pct"
 * }</pre>
 */
public final class SpendingTable {

  /** The figures every counted ally must have. */
  private static final Set<Quantity> NEEDED = EnumSet.of(Quantity.SHARE_OF_GDP);

  private static final String ROUNDING_NOTE = "an ally meets a target when its published figure,"
      + " at full precision as stored, is at or above the threshold";

  /** Says what the targets test in a SIPRI year. */
  public static final String SIPRI_TARGETS_NOTE = "the targets are tested on SIPRI's share of GDP"
      + " (SIPRI's definition, which counts paramilitary forces, over SIPRI's GDP), not on NATO's"
      + " published share: the verdicts can differ from NATO's";

  /** The figures a row shows; GDP is not among them. */
  private static final List<Quantity> SHOWN = List.of(Quantity.SHARE_OF_GDP,
      Quantity.SPENDING_USD_CURRENT, Quantity.SPENDING_PER_CAPITA, Quantity.EQUIPMENT_SHARE,
      Quantity.MILITARY_PERSONNEL);

  private final Targets targets;
  private final Optional<SpendingSource> source;

  private SpendingTable(Targets targets, Optional<SpendingSource> source) {
    this.targets = targets;
    this.source = source;
  }

  /** Returns the table with NATO's four targets and the source chosen year by year. */
  public static SpendingTable withDefaults() {
    return new SpendingTable(Targets.nato(), Optional.empty());
  }

  /** Returns a copy that checks these targets. */
  public SpendingTable withTargets(Targets targets) {
    BurdenException.require(targets != null, "targets must be given");
    return new SpendingTable(targets, source);
  }

  /** Returns a copy that reads this source whatever the year. */
  public SpendingTable withSource(SpendingSource source) {
    BurdenException.require(source != null, "source must be given");
    return new SpendingTable(targets, Optional.of(source));
  }

  /**
   * Returns the latest year this analysis can answer for the alliance: the newest year in
   * which at least one member has every figure it needs, from the source that answers.
   */
  public int latestYear(Panel panel, Alliance alliance) {
    return Figures.latestYear(panel, source, alliance, NEEDED);
  }

  /**
   * Builds the table.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the year has no figures
   */
  public SpendingReport tabulate(Panel panel, Alliance alliance, int year) {
    Figures figures = Figures.of(panel, source, year);
    return tabulate(figures, figures.roster(alliance, NEEDED));
  }

  /**
   * Builds the table for states asked for by name, allies or not: from NATO's tables when they
   * give every state a share that year, else from SIPRI (see {@link Figures#forStates}); rank
   * among those states.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when the year has no figures for any
   */
  public SpendingReport tabulateStates(Panel panel, List<String> states, int year) {
    Figures figures = Figures.forStates(panel, source, year, states);
    return tabulate(figures, figures.roster(Roster.STATES, states, NEEDED));
  }

  /**
   * Returns the latest year in which at least one of the states has a share of GDP from the
   * source that answers for them.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} when no year has one
   */
  public int latestYear(Panel panel, List<String> states) {
    TreeSet<Integer> years = new TreeSet<>();
    for (SpendingSource s : source.map(List::of).orElse(List.of(SpendingSource.values()))) {
      s.indicator(Quantity.SHARE_OF_GDP).ifPresent(i -> years.addAll(panel.years(i)));
    }
    for (int year : years.descendingSet()) {
      Figures figures = Figures.forStates(panel, source, year, states);
      if (states.stream().anyMatch(iso3 -> figures.get(Quantity.SHARE_OF_GDP, iso3).isPresent())) {
        return year;
      }
    }
    throw BurdenException.badInput("no year has a share of GDP for any of " + states);
  }

  private SpendingReport tabulate(Figures figures, Roster roster) {
    List<Double> shares = roster.counted().stream()
        .map(iso3 -> figures.require(Quantity.SHARE_OF_GDP, iso3).value()).toList();
    List<AllySpending> rows = new ArrayList<>();
    for (String iso3 : roster.counted()) {
      double share = figures.require(Quantity.SHARE_OF_GDP, iso3).value();
      int rank = 1 + (int) shares.stream().filter(s -> s > share).count();
      rows.add(row(figures, iso3, rank));
    }
    rows.sort(Comparator.comparingInt(AllySpending::rank).thenComparing(AllySpending::iso3));
    return new SpendingReport(roster, figures.source(),
        figures.source().unit(Quantity.SPENDING_PER_CAPITA), targets, rows, tallies(rows),
        notes(figures, roster));
  }

  private AllySpending row(Figures figures, String iso3, int rank) {
    List<Figure> used = new ArrayList<>();
    for (Quantity q : SHOWN) {
      figures.get(q, iso3).ifPresent(used::add);
    }
    List<TargetCheck> checks = targets.targets().stream()
        .map(t -> new TargetCheck(t.id(), figures.get(t.measure().quantity(), iso3)
            .map(f -> t.isMetBy(f.value()) ? Verdict.MET : Verdict.NOT_MET)
            .orElse(Verdict.NO_DATA)))
        .toList();
    return new AllySpending(iso3, rank, figures.require(Quantity.SHARE_OF_GDP, iso3).value(),
        value(figures, Quantity.SPENDING_USD_CURRENT, iso3),
        value(figures, Quantity.SPENDING_PER_CAPITA, iso3),
        value(figures, Quantity.EQUIPMENT_SHARE, iso3),
        value(figures, Quantity.MILITARY_PERSONNEL, iso3),
        checks, Figure.provenanceOf(used), Figure.anyEstimate(used));
  }

  private static OptionalDouble value(Figures figures, Quantity quantity, String iso3) {
    return figures.get(quantity, iso3).stream().mapToDouble(Figure::value).findFirst();
  }

  private List<TargetTally> tallies(List<AllySpending> rows) {
    return targets.targets().stream().map(t -> new TargetTally(t,
        (int) rows.stream().filter(r -> r.verdict(t.id()) == Verdict.MET).count(),
        (int) rows.stream().filter(r -> r.verdict(t.id()) != Verdict.NO_DATA).count()))
        .toList();
  }

  private List<String> notes(Figures figures, Roster roster) {
    List<String> notes = new ArrayList<>();
    notes.add("source: " + figures.source() + (source.isPresent() ? " (chosen by the caller)"
        : figures.source() == SpendingSource.NATO ? " (NATO's tables cover " + figures.year() + ")"
        : roster.allianceId().equals(Roster.STATES) ? " (it covers every state asked for in "
            + figures.year() + "; NATO's tables cover allies only)"
        : " (" + figures.year() + " is not in NATO's tables in this panel)"));
    if (figures.source() == SpendingSource.SIPRI) {
      notes.add(SIPRI_TARGETS_NOTE);
    }
    notes.add(ROUNDING_NOTE);
    notes.add("the shares and verdicts count " + figures.definition().words());
    notes.addAll(targets.caveats(figures.definition()));
    return notes;
  }
}
