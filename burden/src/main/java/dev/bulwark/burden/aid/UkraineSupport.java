package dev.bulwark.burden.aid;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.aid.AidDonor;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.core.aid.ChannelMonth;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Observation;
import dev.bulwark.core.panel.Panel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Analyses a release of Kiel's Ukraine Support Tracker over a span of months (by default the
 * release's whole period): aid by donor, by month and by year split into Europe and the United
 * States, military aid by channel, and allies' total contributions.
 *
 * <p>Shares of GDP follow Kiel: {@code pct_gdp = 100 × aid / GDP₂₀₂₁}, the donor's 2021 GDP in
 * current euros, whatever the months summed. Immutable; {@link #withMonths} returns a copy.
 */
public final class UkraineSupport {

  private final Optional<YearMonth> from;
  private final Optional<YearMonth> to;

  private UkraineSupport(Optional<YearMonth> from, Optional<YearMonth> to) {
    this.from = from;
    this.to = to;
  }

  /** Returns the analysis over each release's whole period. */
  public static UkraineSupport withDefaults() {
    return new UkraineSupport(Optional.empty(), Optional.empty());
  }

  /**
   * Returns the analysis over the months from {@code first} to {@code last}, inclusive; either
   * may be empty for the release's first or last month.
   *
   * @throws BurdenException (bad input) when {@code first} is after {@code last}
   */
  public UkraineSupport withMonths(Optional<YearMonth> first, Optional<YearMonth> last) {
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      throw BurdenException.badInput("from " + first.get() + " is after to " + last.get()
          + ": expected from no later than to");
    }
    return new UkraineSupport(first, last);
  }

  /** Returns the first month analysed in a release. */
  public YearMonth first(AidRelease release) {
    return from.orElse(release.firstMonth());
  }

  /** Returns the last month analysed in a release. */
  public YearMonth last(AidRelease release) {
    return to.orElse(release.lastMonth());
  }

  /**
   * Returns each donor's aid over the span, the largest total first; the EU institutions'
   * attribution to members only when the span is the release's whole period, as Kiel computes it.
   */
  public List<DonorAid> byDonor(AidRelease release) {
    Map<String, Allocation> sums = new TreeMap<>();
    months(release, m -> true).forEach(m -> sums.merge(m.iso3(), Allocation.of(m),
        Allocation::plus));
    boolean whole = first(release).equals(release.firstMonth())
        && last(release).equals(release.lastMonth());
    List<DonorAid> out = new ArrayList<>();
    for (AidDonor d : release.donors()) {
      Allocation aid = sums.getOrDefault(d.iso3(), Allocation.NONE);
      out.add(new DonorAid(d.iso3(), d.name(), AidRegion.of(d), aid,
          d.gdpEurBn() > 0 ? OptionalDouble.of(100 * aid.total() / d.gdpEurBn())
              : OptionalDouble.empty(),
          whole ? d.euAttributedEurBn() : OptionalDouble.empty()));
    }
    out.sort(Comparator.comparingDouble((DonorAid d) -> -d.aid().total())
        .thenComparing(DonorAid::iso3));
    return out;
  }

  /**
   * Returns every month of the span, months without aid included, split by region; for one
   * donor when {@code donor} is given.
   */
  public List<MonthAid> byMonth(AidRelease release, Optional<String> donor) {
    Map<YearMonth, Map<AidRegion, Allocation>> sums = new TreeMap<>();
    for (YearMonth m = first(release); !m.isAfter(last(release)); m = m.plusMonths(1)) {
      sums.put(m, new EnumMap<>(AidRegion.class));
    }
    Map<String, AidDonor> donors = release.donorsByCode();
    months(release, m -> donor.map(m.iso3()::equals).orElse(true)).forEach(m ->
        sums.get(m.month()).merge(AidRegion.of(donors.get(m.iso3())), Allocation.of(m),
            Allocation::plus));
    List<MonthAid> out = new ArrayList<>();
    sums.forEach((m, split) -> out.add(new MonthAid(m.toString(), m, m, new RegionSplit(split))));
    return out;
  }

  /**
   * Returns the span by calendar year and then whole, split by region: a year cut by the span or
   * by the release's last month is labelled with its months ({@code 2026-01..2026-04}).
   */
  public List<MonthAid> byYear(AidRelease release) {
    List<MonthAid> months = byMonth(release, Optional.empty());
    Map<Integer, List<MonthAid>> years = new TreeMap<>();
    months.forEach(m -> years.computeIfAbsent(m.from().getYear(), y -> new ArrayList<>()).add(m));
    List<MonthAid> out = new ArrayList<>();
    years.values().forEach(list -> out.add(sum(list)));
    if (years.size() > 1) {
      out.add(sum(months));
    }
    return out;
  }

  private static MonthAid sum(List<MonthAid> months) {
    Map<AidRegion, Allocation> split = new EnumMap<>(AidRegion.class);
    months.forEach(m -> m.split().byRegion().forEach((r, a) -> split.merge(r, a,
        Allocation::plus)));
    YearMonth first = months.get(0).from();
    YearMonth last = months.get(months.size() - 1).to();
    String label = first.getMonthValue() == 1 && last.getMonthValue() == 12
        && first.getYear() == last.getYear() ? String.valueOf(first.getYear())
        : first + ".." + last;
    return new MonthAid(label, first, last, new RegionSplit(split));
  }

  /** Returns every month of the span with all donors' military aid by channel. */
  public List<ChannelMonthAid> byChannel(AidRelease release) {
    Map<YearMonth, Double> military = new TreeMap<>();
    months(release, m -> true).forEach(m -> military.merge(m.month(), m.military(), Double::sum));
    Map<YearMonth, Map<Channel, Double>> channels = new TreeMap<>();
    for (YearMonth m = first(release); !m.isAfter(last(release)); m = m.plusMonths(1)) {
      Map<Channel, Double> zero = new EnumMap<>(Channel.class);
      for (Channel c : Channel.values()) {
        zero.put(c, 0.0);
      }
      channels.put(m, zero);
    }
    for (ChannelMonth c : release.channels()) {
      Map<Channel, Double> month = channels.get(c.month());
      if (month != null) {
        month.merge(c.channel(), c.eurBn(), Double::sum);
      }
    }
    List<ChannelMonthAid> out = new ArrayList<>();
    channels.forEach((m, c) -> out.add(new ChannelMonthAid(m, Map.copyOf(c),
        military.getOrDefault(m, 0.0))));
    return out;
  }

  /**
   * Returns each ally's total contribution in a year: its NATO defence expenditure as % of GDP
   * plus its aid to Ukraine allocated that year as % of its 2021 GDP, counting military aid once.
   *
   * <p>Rule: NATO's definition of defence expenditure counts payments to meet the needs of the
   * ally's own armed forces, those of Allies or of the Alliance, and the Hague Summit Declaration
   * (25 June 2025, ¶3) has Allies include direct contributions to Ukraine's defence and defence
   * industry in their defence spending; military aid is therefore taken to be in the NATO figure
   * already and only financial and humanitarian aid are added:
   * {@code total = defence% + 100 × (financial + humanitarian) / GDP₂₀₂₁}. The upper bound adds
   * military aid too, for an ally whose figure leaves it out. Aid from stocks was counted when
   * the stocks were bought, in earlier years; its replacement is counted when bought.
   * Allies without a NATO share of GDP that year, or that are not donors, are left out.
   *
   * @param allies the allies to measure (their codes)
   * @param year a calendar year within the release
   */
  public List<Contribution> contributions(AidRelease release, Panel panel,
      Collection<String> allies, int year) {
    Map<String, AidDonor> donors = release.donorsByCode();
    Map<String, Allocation> aid = new TreeMap<>();
    release.months().stream().filter(m -> m.month().getYear() == year)
        .forEach(m -> aid.merge(m.iso3(), Allocation.of(m), Allocation::plus));
    List<Contribution> out = new ArrayList<>();
    for (String ally : allies.stream().sorted().toList()) {
      AidDonor donor = donors.get(ally);
      Optional<Observation> defence = panel.observation(Indicator.NATO_DEFEXP_SHARE_GDP, ally,
          year);
      if (donor == null || donor.gdpEurBn() <= 0 || defence.isEmpty()) {
        continue;
      }
      Allocation a = aid.getOrDefault(ally, Allocation.NONE);
      double gdp = donor.gdpEurBn();
      double d = defence.get().value();
      out.add(new Contribution(ally, year, d, defence.get().flag().isEstimate(), a,
          100 * a.total() / gdp, 100 * a.military() / gdp,
          d + 100 * (a.financial() + a.humanitarian()) / gdp, d + 100 * a.total() / gdp,
          Contribution.ASSUMED_INCLUDED));
    }
    out.sort(Comparator.comparingDouble((Contribution c) -> -c.totalPctGdp())
        .thenComparing(Contribution::iso3));
    return out;
  }

  private List<AidMonth> months(AidRelease release, Predicate<AidMonth> which) {
    YearMonth first = first(release);
    YearMonth last = last(release);
    return release.months().stream().filter(m -> !m.month().isBefore(first)
        && !m.month().isAfter(last) && which.test(m)).toList();
  }
}
