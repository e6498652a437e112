package dev.bulwark.data;

import dev.bulwark.core.aid.AidDonor;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.core.aid.ChannelMonth;
import dev.bulwark.core.aid.WeaponsDelivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Writes a Data Hub directory in the layout of Kiel's release files (the same columns, names and
 * units) from an aid release, so the importer can be tested on the bundled figures, on a later
 * release whose months are revised, on columns in another order and on damaged files, without
 * any file from outside the project.
 */
public final class KielFixture {

  private final AidRelease release;
  private int number;
  private boolean reversedColumns;
  private UnaryOperator<AidMonth> revise = UnaryOperator.identity();

  /** Starts from a release (usually the bundled one). */
  public KielFixture(AidRelease release) {
    this.release = release;
    this.number = Integer.parseInt(release.edition().id());
  }

  /** Names the release another number. */
  public KielFixture number(int next) {
    this.number = next;
    return this;
  }

  /** Writes every file's columns in reverse order. */
  public KielFixture reversedColumns() {
    this.reversedColumns = true;
    return this;
  }

  /** Changes months before writing them. */
  public KielFixture revise(UnaryOperator<AidMonth> change) {
    this.revise = change;
    return this;
  }

  /** Writes the files into a new directory and returns it. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<AidMonth> months = release.months().stream().map(revise).toList();
    Map<String, AidDonor> donors = release.donorsByCode();
    file(dir, "release_info.csv", List.of("release", "period", "date", "label"),
        List.of(List.of(String.valueOf(number), String.format("%02d/%d",
            release.lastMonth().getMonthValue(), release.lastMonth().getYear()),
            release.edition().published().toString(), "Ukraine Support Tracker, Release "
            + number)));
    List<List<String>> explorer = new ArrayList<>();
    Map<YearMonth, double[]> totals = new TreeMap<>();
    Map<String, Double> byDonor = new TreeMap<>();
    for (AidMonth m : months) {
      AidDonor d = donors.get(m.iso3());
      explorer.add(List.of(d.name(), m.iso3().equals("EUU") ? "EU" : m.iso3(),
          String.valueOf(m.month().getYear()), String.valueOf(m.month().getMonthValue()),
          n(m.total()), n(m.financial()), n(m.humanitarian()), n(m.military()), n(m.committed()),
          n(m.toBeAllocated()), n(d.gdpEurBn()), n(d.gdpEurBn() > 0
              ? 100 * m.total() / d.gdpEurBn() : 0)));
      double[] t = totals.computeIfAbsent(m.month(), k -> new double[4]);
      t[0] += m.total();
      t[1] += m.military();
      t[2] += m.financial();
      t[3] += m.humanitarian();
      byDonor.merge(m.iso3(), m.total(), Double::sum);
    }
    file(dir, "data_explorer.csv", List.of("country", "iso", "year", "month", "total",
        "financial", "humanitarian", "military", "commitments", "to_be_allocated", "gdp",
        "pct_gdp"), explorer);
    List<List<String>> total = new ArrayList<>();
    totals.forEach((m, t) -> total.add(List.of(String.valueOf(m.getYear()),
        String.valueOf(m.getMonthValue()), n(t[0]), n(t[1]), n(t[2]), n(t[3]))));
    file(dir, "total_allocations.csv", List.of("year", "month", "total_allocations",
        "military", "financial", "humanitarian"), total);
    Map<YearMonth, Map<Channel, Double>> channels = new TreeMap<>();
    for (ChannelMonth c : release.channels()) {
      channels.computeIfAbsent(c.month(), k -> new TreeMap<>()).put(c.channel(), c.eurBn());
    }
    List<List<String>> procurement = new ArrayList<>();
    channels.forEach((m, c) -> procurement.add(List.of(String.valueOf(m.getYear()),
        String.valueOf(m.getMonthValue()), n(c.get(Channel.STOCKS)), n(c.get(Channel.PROCURED)),
        n(c.get(Channel.UNSPECIFIED)), n(c.get(Channel.NATO_PURL)))));
    file(dir, "procurement_trends.csv", List.of("year", "month", "stockpile", "procurement",
        "unspecified", "nato_purl"), procurement);
    List<List<String>> shares = new ArrayList<>();
    for (AidDonor d : release.donors()) {
      if (d.euMember()) {
        double bilateral = 100 * byDonor.getOrDefault(d.iso3(), 0.0) / d.gdpEurBn();
        shares.add(List.of(d.name(), d.iso3(), n(bilateral), "0", n(bilateral),
            n(d.euAttributedEurBn().getAsDouble())));
      }
    }
    file(dir, "eu_aid_shares.csv", List.of("country", "iso", "bilateral_pct_gdp",
        "eu_share_pct_gdp", "total_pct_gdp", "eu_share_bn"), shares);
    List<List<String>> weapons = new ArrayList<>();
    for (WeaponsDelivery w : release.weapons()) {
      weapons.add(List.of(donors.get(w.iso3()).name(), w.category(), String.valueOf(w.units()),
          String.valueOf((long) w.valueEur()), w.items()));
    }
    file(dir, "weapons.csv", List.of("donor", "category", "number_of_weapons",
        "monetary_value_eur", "weapons_list"), weapons);
    return dir;
  }

  private void file(Path dir, String name, List<String> header, List<List<String>> rows)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(line(header)).append('\n');
    for (List<String> row : rows) {
      out.append(line(row)).append('\n');
    }
    Files.writeString(dir.resolve(name), out, StandardCharsets.UTF_8);
  }

  private String line(List<String> fields) {
    List<String> quoted = new ArrayList<>();
    for (String f : fields) {
      quoted.add("\"" + f.replace("\"", "\"\"") + "\"");
    }
    if (reversedColumns) {
      Collections.reverse(quoted);
    }
    return String.join(",", quoted);
  }

  private static String n(double value) {
    return Double.toString(value);
  }
}
