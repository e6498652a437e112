package dev.bulwark.data.aid;

import dev.bulwark.core.aid.AidDonor;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.core.aid.ChannelMonth;
import dev.bulwark.core.aid.WeaponsDelivery;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.UnknownCountryException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.ImportException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one release of the Ukraine Support Tracker from its Data Hub files, the aggregate CSVs the
 * Kiel Institute publishes with each release: {@code release_info.csv}, {@code data_explorer.csv}
 * (aid by donor and month), {@code total_allocations.csv} (all donors by month),
 * {@code procurement_trends.csv} (military aid by channel), {@code eu_aid_shares.csv} (EU aid
 * attributed to members) and {@code weapons.csv} (heavy weapons). Columns are found by their
 * header, never by position.
 *
 * <p>Before a release is returned, its files are checked against each other, so a damaged or
 * inconsistent release is refused before it reaches the store: every row's {@code total} must be
 * the sum of its three types and its {@code pct_gdp} the total over the donor's GDP; a donor's GDP
 * must be the same in every row; the donors' months must add up to {@code total_allocations.csv}
 * month by month; an EU member's {@code bilateral_pct_gdp} must be its whole-period total over its
 * GDP (within 0.02 percentage points); every month must fall within the release's period. Other
 * tolerances are 10⁻⁶ of the larger value (10⁻⁴ percentage points for shares), well below the
 * files' printed precision.
 */
public final class KielDataHub {

  /** The code under which Kiel lists the EU's Commission and Council. */
  static final String KIEL_EU = "EU";

  private static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  private static final double TOLERANCE = 1e-6;
  private static final double SHARE_TOLERANCE = 1e-4;
  /**
   * How far, in percentage points, an EU member's {@code bilateral_pct_gdp} may stand from its
   * months' total over GDP: Release 29 gives Slovenia 0.2586% where its months add up to 0.2715%
   * (EUR 6.7 million), the one member whose two files disagree.
   */
  private static final double EU_SHARE_TOLERANCE = 0.02;

  private final Countries countries;

  /** Creates the importer over the country table used to resolve weapons donors' names. */
  public KielDataHub(Countries countries) {
    this.countries = countries;
  }

  /**
   * Reads and checks a release directory.
   *
   * @throws ImportException naming the file, line and column of the first problem
   */
  public AidRelease read(Path dir) {
    HubTable info = HubTable.read(dir, "release_info.csv", List.of("release", "period", "date",
        "label"));
    if (info.rows().size() != 1) {
      throw new ImportException("release_info.csv", "", "release_info.csv has "
          + info.rows().size() + " rows: expected one, the release");
    }
    CSVRecord release = info.rows().get(0);
    int number = info.integer(release, "release", 1, 9999);
    YearMonth last = period(info, release);
    LocalDate published = date(info, release);
    Edition edition = new Edition(Source.KIEL, String.valueOf(number), info.text(release, "label"),
        published, "Ukraine Support Tracker Data Hub, release " + number + ": data_explorer.csv,"
        + " procurement_trends.csv, eu_aid_shares.csv, weapons.csv");

    Map<String, AidDonor> donors = new TreeMap<>();
    List<AidMonth> months = months(dir, last, donors);
    checkTotals(dir, months);
    List<AidDonor> withShares = euShares(dir, donors, months);
    return new AidRelease(edition, KielDataHub.class.getName(), last, withShares, months,
        channels(dir, last), weapons(dir, withShares));
  }

  private static YearMonth period(HubTable info, CSVRecord row) {
    try {
      return YearMonth.parse(info.text(row, "period"), DateTimeFormatter.ofPattern("MM/yyyy"));
    } catch (DateTimeException e) {
      throw info.problem(row, "period", "'" + info.text(row, "period")
          + "' is not a month MM/yyyy");
    }
  }

  private static LocalDate date(HubTable info, CSVRecord row) {
    try {
      return LocalDate.parse(info.text(row, "date"));
    } catch (DateTimeException e) {
      throw info.problem(row, "date", "'" + info.text(row, "date") + "' is not a date yyyy-mm-dd");
    }
  }

  private static YearMonth month(HubTable table, CSVRecord row, YearMonth last) {
    YearMonth month = YearMonth.of(table.integer(row, "year", FIRST_MONTH.getYear(),
        last.getYear()), table.integer(row, "month", 1, 12));
    if (month.isAfter(last)) {
      throw table.problem(row, "month", month + " is after the release's period " + last);
    }
    return month;
  }

  private static List<AidMonth> months(Path dir, YearMonth last, Map<String, AidDonor> donors) {
    HubTable t = HubTable.read(dir, "data_explorer.csv", List.of("country", "iso", "year",
        "month", "total", "financial", "humanitarian", "military", "commitments",
        "to_be_allocated", "gdp", "pct_gdp"));
    List<AidMonth> out = new ArrayList<>();
    Map<String, CSVRecord> seen = new HashMap<>();
    for (CSVRecord row : t.rows()) {
      String iso = t.text(row, "iso");
      String code = KIEL_EU.equals(iso) ? AidDonor.EU_INSTITUTIONS : iso;
      if (!code.matches("[A-Z]{3}")) {
        throw t.problem(row, "iso", "'" + iso + "' is not an ISO3 code (or EU)");
      }
      double military = t.amount(row, "military");
      double financial = t.amount(row, "financial");
      double humanitarian = t.amount(row, "humanitarian");
      double total = t.amount(row, "total");
      double gdp = t.amount(row, "gdp");
      AidMonth month = new AidMonth(code, month(t, row, last), military, financial, humanitarian,
          t.amount(row, "commitments"), t.number(row, "to_be_allocated", true));
      CSVRecord twin = seen.putIfAbsent(code + " " + month.month(), row);
      if (twin != null) {
        throw t.problem(row, "month", code + " " + month.month() + " is listed twice (also on"
            + " line " + (twin.getRecordNumber() + 1) + "): expected one row per donor and month");
      }
      if (!close(total, month.total(), TOLERANCE)) {
        throw t.problem(row, "total", total + " is not military + financial + humanitarian = "
            + month.total());
      }
      double pct = t.number(row, "pct_gdp", true);
      if (gdp > 0 && !close(pct, 100 * total / gdp, SHARE_TOLERANCE)) {
        throw t.problem(row, "pct_gdp", pct + " is not 100 × total / gdp = " + 100 * total / gdp);
      }
      AidDonor donor = new AidDonor(code, t.text(row, "country"), gdp, OptionalDouble.empty());
      AidDonor first = donors.putIfAbsent(code, donor);
      if (first != null && !close(first.gdpEurBn(), gdp, TOLERANCE)) {
        throw t.problem(row, "gdp", "GDP of " + code + " is " + gdp + " here but "
            + first.gdpEurBn() + " in an earlier row: expected one GDP per donor");
      }
      out.add(month);
    }
    return out;
  }

  private static void checkTotals(Path dir, List<AidMonth> months) {
    HubTable t = HubTable.read(dir, "total_allocations.csv", List.of("year", "month",
        "total_allocations", "military", "financial", "humanitarian"));
    Map<YearMonth, double[]> sums = new HashMap<>();
    for (AidMonth m : months) {
      double[] s = sums.computeIfAbsent(m.month(), k -> new double[4]);
      s[0] += m.total();
      s[1] += m.military();
      s[2] += m.financial();
      s[3] += m.humanitarian();
    }
    String[] columns = {"total_allocations", "military", "financial", "humanitarian"};
    for (CSVRecord row : t.rows()) {
      YearMonth month = YearMonth.of(t.integer(row, "year", 2000, 2999),
          t.integer(row, "month", 1, 12));
      double[] s = sums.getOrDefault(month, new double[4]);
      for (int i = 0; i < columns.length; i++) {
        double published = t.number(row, columns[i], true);
        if (!close(published, s[i], TOLERANCE)) {
          throw t.problem(row, columns[i], published + " is not the donors' sum for " + month
              + " in data_explorer.csv, " + s[i]);
        }
      }
      sums.remove(month);
    }
    sums.entrySet().stream().filter(e -> e.getValue()[0] != 0).findFirst().ifPresent(e -> {
      throw new ImportException("total_allocations.csv", "", "total_allocations.csv has no row"
          + " for " + e.getKey() + ", where data_explorer.csv has aid of " + e.getValue()[0]);
    });
  }

  private static List<AidDonor> euShares(Path dir, Map<String, AidDonor> donors,
      List<AidMonth> months) {
    HubTable t = HubTable.read(dir, "eu_aid_shares.csv", List.of("iso", "bilateral_pct_gdp",
        "eu_share_bn"));
    Map<String, Double> totals = new HashMap<>();
    months.forEach(m -> totals.merge(m.iso3(), m.total(), Double::sum));
    Map<String, AidDonor> out = new LinkedHashMap<>(donors);
    for (CSVRecord row : t.rows()) {
      String iso = t.text(row, "iso");
      AidDonor donor = donors.get(iso);
      if (donor == null || out.get(iso).euMember()) {
        throw t.problem(row, "iso", "'" + iso + "' is " + (donor == null
            ? "no donor of data_explorer.csv" : "listed twice"));
      }
      double bilateral = t.number(row, "bilateral_pct_gdp", false);
      double expected = donor.gdpEurBn() > 0 ? 100 * totals.getOrDefault(iso, 0.0)
          / donor.gdpEurBn() : 0;
      if (Math.abs(bilateral - expected) > EU_SHARE_TOLERANCE) {
        throw t.problem(row, "bilateral_pct_gdp", bilateral + " is not the total of "
            + "data_explorer.csv over GDP, " + expected);
      }
      out.put(iso, new AidDonor(iso, donor.name(), donor.gdpEurBn(),
          OptionalDouble.of(t.amount(row, "eu_share_bn"))));
    }
    return List.copyOf(out.values());
  }

  private static List<ChannelMonth> channels(Path dir, YearMonth last) {
    Map<Channel, String> columns = Map.of(Channel.STOCKS, "stockpile", Channel.PROCURED,
        "procurement", Channel.UNSPECIFIED, "unspecified", Channel.NATO_PURL, "nato_purl");
    List<String> needed = new ArrayList<>(List.of("year", "month"));
    needed.addAll(new TreeMap<>(columns).values());
    HubTable t = HubTable.read(dir, "procurement_trends.csv", needed);
    List<ChannelMonth> out = new ArrayList<>();
    for (CSVRecord row : t.rows()) {
      YearMonth month = month(t, row, last);
      columns.forEach((channel, column) ->
          out.add(new ChannelMonth(month, channel, t.amount(row, column))));
    }
    return out;
  }

  private List<WeaponsDelivery> weapons(Path dir, List<AidDonor> donors) {
    HubTable t = HubTable.read(dir, "weapons.csv", List.of("donor", "category",
        "number_of_weapons", "monetary_value_eur", "weapons_list"));
    Map<String, String> byName = new HashMap<>();
    donors.forEach(d -> byName.put(d.name(), d.iso3()));
    List<WeaponsDelivery> out = new ArrayList<>();
    for (CSVRecord row : t.rows()) {
      String name = t.text(row, "donor");
      String iso3 = byName.get(name);
      if (iso3 == null) {
        try {
          iso3 = countries.resolve(name).iso3();
        } catch (UnknownCountryException e) {
          throw t.problem(row, "donor", e.getMessage());
        }
      }
      out.add(new WeaponsDelivery(iso3, t.text(row, "category"),
          (long) t.integer(row, "number_of_weapons", 0, Integer.MAX_VALUE),
          t.amount(row, "monetary_value_eur"), t.text(row, "weapons_list")));
    }
    return out;
  }

  private static boolean close(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
