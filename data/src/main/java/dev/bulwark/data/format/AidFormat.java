package dev.bulwark.data.format;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.aid.AidDonor;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.core.aid.ChannelMonth;
import dev.bulwark.core.aid.WeaponsDelivery;
import dev.bulwark.core.panel.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes one release of the aid ledger in Bulwark's tidy format: a directory holding
 * {@code edition.properties} (as for the spending editions, plus {@code last_month} and the
 * {@code citation} Kiel asks for), {@code donors.csv}
 * ({@code iso3,name,gdp_2021_eur_bn,eu_attributed_eur_bn}), {@code aid_months.csv}
 * ({@code iso3,month,military_eur_bn,financial_eur_bn,humanitarian_eur_bn,committed_eur_bn,
 * to_be_allocated_eur_bn}, months as {@code yyyy-mm}), {@code channels.csv}
 * ({@code month,channel,military_eur_bn}) and {@code weapons.csv}
 * ({@code iso3,category,units,value_eur,items}). Amounts are billion current euros except
 * {@code value_eur}, in euros; numbers are written with {@link Double#toString}, so a write
 * followed by a read is exact, and rows in the release's order, so the same release always
 * yields the same bytes.
 */
public final class AidFormat {

  /** The donors file. */
  public static final String DONORS = "donors.csv";
  /** Aid by donor and month. */
  public static final String MONTHS = "aid_months.csv";
  /** Military aid by month and channel. */
  public static final String CHANNELS = "channels.csv";
  /** Heavy weapons by donor and category. */
  public static final String WEAPONS = "weapons.csv";
  /** Every file of a release, the metadata first. */
  public static final List<String> FILES = List.of(TidyFormat.PROPERTIES, DONORS, MONTHS,
      CHANNELS, WEAPONS);

  private static final List<String> DONORS_HEADER =
      List.of("iso3", "name", "gdp_2021_eur_bn", "eu_attributed_eur_bn");
  private static final List<String> MONTHS_HEADER = List.of("iso3", "month", "military_eur_bn",
      "financial_eur_bn", "humanitarian_eur_bn", "committed_eur_bn", "to_be_allocated_eur_bn");
  private static final List<String> CHANNELS_HEADER =
      List.of("month", "channel", "military_eur_bn");
  private static final List<String> WEAPONS_HEADER =
      List.of("iso3", "category", "units", "value_eur", "items");

  private AidFormat() {
  }

  /**
   * Writes a release into an existing, empty directory.
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(AidRelease release, Path dir) throws IOException {
    StringBuilder props = TidyFormat.editionProperties(release.edition(), release.derivedBy());
    TidyFormat.property(props, "last_month", release.lastMonth().toString());
    TidyFormat.property(props, "citation", AidRelease.CITATION);
    Files.writeString(dir.resolve(TidyFormat.PROPERTIES), props, StandardCharsets.UTF_8);
    csv(dir.resolve(DONORS), DONORS_HEADER, release.donors(), d -> List.of(d.iso3(), d.name(),
        number(d.gdpEurBn()), d.euAttributedEurBn().isPresent()
            ? number(d.euAttributedEurBn().getAsDouble()) : ""));
    csv(dir.resolve(MONTHS), MONTHS_HEADER, release.months(), m -> List.of(m.iso3(),
        m.month().toString(), number(m.military()), number(m.financial()),
        number(m.humanitarian()), number(m.committed()), number(m.toBeAllocated())));
    csv(dir.resolve(CHANNELS), CHANNELS_HEADER, release.channels(), c -> List.of(
        c.month().toString(), c.channel().word(), number(c.eurBn())));
    csv(dir.resolve(WEAPONS), WEAPONS_HEADER, release.weapons(), w -> List.of(w.iso3(),
        w.category(), String.valueOf(w.units()), number(w.valueEur()), w.items()));
  }

  /**
   * Reads a release.
   *
   * @param where the directory's description for messages
   * @throws IOException when a file cannot be read
   * @throws BadInputException naming the file, line and field when a row is malformed
   */
  public static AidRelease read(TidyFormat.FileOpener dir, String where) throws IOException {
    Properties props = TidyFormat.properties(dir, where);
    Edition edition = TidyFormat.edition(props, where);
    YearMonth last = month(TidyFormat.required(props, "last_month", where),
        where + "/" + TidyFormat.PROPERTIES);
    List<AidDonor> donors = rows(dir, where, DONORS, DONORS_HEADER, (r, at) -> new AidDonor(
        r.get(0), r.get(1), number(r.get(2), at), r.get(3).isEmpty() ? OptionalDouble.empty()
            : OptionalDouble.of(number(r.get(3), at))));
    List<AidMonth> months = rows(dir, where, MONTHS, MONTHS_HEADER, (r, at) -> new AidMonth(
        r.get(0), month(r.get(1), at), number(r.get(2), at), number(r.get(3), at),
        number(r.get(4), at), number(r.get(5), at), number(r.get(6), at)));
    List<ChannelMonth> channels = rows(dir, where, CHANNELS, CHANNELS_HEADER,
        (r, at) -> new ChannelMonth(month(r.get(0), at), Channel.ofWord(r.get(1)).orElseThrow(
            () -> new BadInputException(at + ": channel '" + r.get(1) + "' is unknown")),
            number(r.get(2), at)));
    List<WeaponsDelivery> weapons = rows(dir, where, WEAPONS, WEAPONS_HEADER,
        (r, at) -> new WeaponsDelivery(r.get(0), r.get(1), (long) number(r.get(2), at),
            number(r.get(3), at), r.get(4)));
    try {
      return new AidRelease(edition, TidyFormat.required(props, "derived_by", where), last,
          donors, months, channels, weapons);
    } catch (BadInputException e) {
      throw new BadInputException(where + ": " + e.getMessage(), e);
    }
  }

  /** Builds one row's record; {@code at} names the file and line for messages. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(CSVRecord row, String at);
  }

  private static <T> List<T> rows(TidyFormat.FileOpener dir, String where, String file,
      List<String> header, RowReader<T> reader) throws IOException {
    try (InputStream in = dir.open(file)) {
      BadInputException.require(in != null, where + " has no " + file);
      List<T> out = new ArrayList<>();
      for (CSVRecord row : TidyFormat.rows(in, header, where + "/" + file)) {
        String at = where + "/" + file + " line " + TidyFormat.line(row);
        try {
          out.add(reader.read(row, at));
        } catch (BadInputException e) {
          throw e.getMessage().startsWith(at) ? e : new BadInputException(at + ": "
              + e.getMessage(), e);
        }
      }
      return out;
    }
  }

  private static <T> void csv(Path file, List<String> header, List<T> rows,
      Function<T, List<String>> fields) throws IOException {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(text, TidyFormat.format(header))) {
      for (T row : rows) {
        out.printRecord(fields.apply(row));
      }
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String number(double value) {
    return Double.toString(value);
  }

  private static double number(String text, String at) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new BadInputException(at + ": '" + text + "' is not a number");
    }
  }

  private static YearMonth month(String text, String at) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeException e) {
      throw new BadInputException(at + ": '" + text + "' is not a month yyyy-mm");
    }
  }
}
