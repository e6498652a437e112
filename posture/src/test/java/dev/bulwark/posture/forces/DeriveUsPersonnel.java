package dev.bulwark.posture.forces;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Derives {@code us-personnel.csv} from the DMDC counts compiled by troopdata.
 *
 * <p>Usage: {@code DeriveUsPersonnel <troopdata_dmdc-dir> <output-csv>}; {@code
 * tools/derive-us-personnel} runs it. Rules, each one a fact about the files:
 * <ul>
 *   <li>Input: the quarterly file as taken at troopdata commit bab0a9c (the newest build doubles
 *       many values), and the state file for Hawaii ({@code US-HI}) and Alaska ({@code US-AK}).
 *   <li>Hosts are resolved through {@link Countries#bundled()} by code, never by name first:
 *       the ISO code when the row has one (Botswana's row is labelled "Swaziland"), else the COW
 *       code (COW 817 "Vietnam" is South Vietnam, {@code RVN}), else the name (DMDC's territories
 *       with ad hoc codes). Rows that land on one place (St. Helena and Ascension Island, both
 *       {@code SHN}) are summed.
 *   <li>Only full reports are kept: a quarter listing fewer than half the places of its year's
 *       widest report is partial. The extra June rows for Iraq and Afghanistan (1983-2013) are
 *       such partial rows and are dropped, except that a June estimate replaces a zero
 *       September count of the same year (Iraq 2003-2005, Afghanistan 2001-2005: in-theatre
 *       forces the country reports left out), flagged estimate.
 *   <li>December 2022, March 2023 and June 2023 were not reported: no counts, flag
 *       not_reported. Guard/Reserve and civilians are DMDC columns from 2008; empty before.
 * </ul>
 */
public final class DeriveUsPersonnel {

  private static final Set<String> UNREPORTED = Set.of("2022Q4", "2023Q1", "2023Q2");
  private static final Map<String, String> STATES = Map.of("Hawaii", "US-HI", "Alaska", "US-AK");
  private static final int FIRST_RESERVE_YEAR = 2008;

  private DeriveUsPersonnel() {
  }

  /** Runs the derivation; a command-line entry point for the build tooling, not for users. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DeriveUsPersonnel <troopdata-dir> <out.csv>");
    }
    Files.writeString(Path.of(args[1]), derive(Path.of(args[0])), StandardCharsets.UTF_8);
  }

  /** Derives the resource's text from the troopdata folder. */
  static String derive(Path troopdata) throws IOException {
    Map<String, PersonnelCount> counts = new LinkedHashMap<>();
    List<CSVRecord> rows = read(troopdata.resolve(SharedData.QUARTERLY));
    Map<Quarter, Long> places = rows.stream()
        .collect(Collectors.groupingBy(DeriveUsPersonnel::quarterOf, Collectors.counting()));
    Map<Integer, Long> widest = places.entrySet().stream().collect(Collectors.toMap(
        e -> e.getKey().year(), Map.Entry::getValue, Math::max));
    List<CSVRecord> partial = new ArrayList<>();
    for (CSVRecord row : rows) {
      Quarter quarter = quarterOf(row);
      if (places.get(quarter) * 2 < widest.get(quarter.year())) {
        partial.add(row);
      } else {
        merge(counts, count(place(row), row, flag(row)));
      }
    }
    for (CSVRecord row : partial) {
      replaceZeroCompiled(counts, row);
    }
    for (CSVRecord row : read(troopdata.resolve(SharedData.STATES))) {
      String state = STATES.get(row.get("state"));
      if (state != null) {
        merge(counts, count(state, row, flag(row)));
      }
    }
    return write(counts.values());
  }

  static String place(CSVRecord row) {
    Countries countries = Countries.bundled();
    String iso3 = row.get("iso3c");
    int ccode = Integer.parseInt(row.get("ccode"));
    Country country;
    if (!"NA".equals(iso3)) {
      country = countries.byIso3(iso3);
    } else if (ccode < 1000 && countries.find("cow:" + ccode).isPresent()) {
      country = countries.find("cow:" + ccode).orElseThrow();
    } else {
      country = countries.resolve(row.get("countryname"));
    }
    return country.iso3();
  }

  static Quarter quarterOf(CSVRecord row) {
    return new Quarter(Integer.parseInt(row.get("year")), Integer.parseInt(row.get("quarter")));
  }

  private static ReportFlag flag(CSVRecord row) {
    String source = row.isMapped("source") ? row.get("source") : "";
    if (UNREPORTED.contains(quarterOf(row).toString())) {
      return ReportFlag.NOT_REPORTED;
    } else if (source.startsWith("Kane")) {
      return ReportFlag.COMPILED;
    } else if ("NA".equals(source)) {
      return "0".equals(row.get("troops_ad")) ? ReportFlag.ABSENT : ReportFlag.UNSOURCED;
    }
    return ReportFlag.REPORTED;
  }

  private static PersonnelCount count(String place, CSVRecord row, ReportFlag flag) {
    Quarter quarter = quarterOf(row);
    if (!flag.hasCounts()) {
      return new PersonnelCount(place, quarter, OptionalInt.empty(), OptionalInt.empty(),
          OptionalInt.empty(), "", flag);
    }
    boolean reserves = quarter.year() >= FIRST_RESERVE_YEAR;
    return new PersonnelCount(place, quarter, cell(row, "troops_ad"),
        reserves ? cell(row, "total_selected_reserve") : OptionalInt.empty(),
        reserves ? cell(row, "total_civilian") : OptionalInt.empty(), source(row, quarter, flag),
        flag);
  }

  /** The compilation, or the DMDC report of the quarter; none for an unsourced count. */
  private static String source(CSVRecord row, Quarter quarter, ReportFlag flag) {
    String source = row.isMapped("source") ? row.get("source") : "";
    if (source.startsWith("Kane") || flag == ReportFlag.UNSOURCED) {
      return flag == ReportFlag.UNSOURCED ? "" : source;
    }
    return "DMDC " + Month.of(quarter.reportMonth()).getDisplayName(
        java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + quarter.year();
  }

  private static void replaceZeroCompiled(Map<String, PersonnelCount> counts, CSVRecord row) {
    String place = place(row);
    Quarter september = new Quarter(quarterOf(row).year(), 3);
    PersonnelCount annual = counts.get(key(place, september));
    OptionalInt estimate = cell(row, "troops_ad");
    if (annual != null && annual.activeDutyOrZero() == 0
        && estimate.orElse(0) > 0) {
      counts.put(key(place, september), new PersonnelCount(place, september, estimate,
          annual.guardReserve(), annual.civilians(), "Kane 2006 (June estimate)",
          ReportFlag.ESTIMATE));
    }
  }

  private static void merge(Map<String, PersonnelCount> counts, PersonnelCount count) {
    counts.merge(key(count.place(), count.quarter()), count, (a, b) -> new PersonnelCount(
        a.place(), a.quarter(), sum(a.activeDuty(), b.activeDuty()),
        sum(a.guardReserve(), b.guardReserve()), sum(a.civilians(), b.civilians()),
        a.source().isEmpty() ? b.source() : a.source(),
        a.flag() == ReportFlag.ABSENT ? b.flag() : a.flag()));
  }

  private static OptionalInt sum(OptionalInt a, OptionalInt b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? b : a;
    }
    return OptionalInt.of(a.getAsInt() + b.getAsInt());
  }

  private static String key(String place, Quarter quarter) {
    return quarter + " " + place;
  }

  private static OptionalInt cell(CSVRecord row, String column) {
    String text = row.get(column);
    return "NA".equals(text) || text.isEmpty() ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(text));
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(reader).getRecords();
    }
  }

  private static String write(java.util.Collection<PersonnelCount> counts) throws IOException {
    StringWriter out = new StringWriter();
    out.write("# US military personnel by host and quarter; derived from DMDC reports (via "
        + "troopdata, commit bab0a9c) by tools/derive-us-personnel. Do not edit by hand.\n");
    try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader("place", "year", "quarter", "active_duty", "guard_reserve", "civilians",
            "source", "flag").get().print(out)) {
      List<PersonnelCount> sorted = new ArrayList<>(counts);
      sorted.sort(Comparator.comparing(PersonnelCount::quarter)
          .thenComparing(PersonnelCount::place));
      for (PersonnelCount c : sorted) {
        printer.printRecord(c.place(), c.quarter().year(), c.quarter().quarter(),
            text(c.activeDuty()), text(c.guardReserve()), text(c.civilians()), c.source(),
            c.flag().code());
      }
    }
    return out.toString();
  }

  private static String text(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
  }
}
