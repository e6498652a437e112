package dev.bulwark.forces.catalogue;

import dev.bulwark.forces.Bundled;
import dev.bulwark.forces.ForcesException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The costed force catalogue ({@code unit-types.csv}): every unit type with its money brought to
 * US$ at 2024 prices by the {@link PriceBase}. A row's money columns are millions of the row's
 * {@code currency} at its {@code price_year}; each range is low, mode and high.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.bundled();
 * catalogue.unit("lr_sam_battery").acquisitionUsdM().mode();
 * }</pre>
 */
public final class Catalogue {

  private static final class Holder {
    static final Catalogue BUNDLED = read("unit-types.csv",
        Bundled.text(Catalogue.class, "unit-types.csv"), PriceBase.bundled());
  }

  private final Map<String, UnitType> units;
  private final PriceBase prices;

  private Catalogue(Map<String, UnitType> units, PriceBase prices) {
    this.units = units;
    this.prices = prices;
  }

  /** Returns the bundled catalogue, read once. */
  public static Catalogue bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Reads a catalogue file.
   *
   * @param source the file's name as messages show it
   * @throws ForcesException naming the row and column of a bad value
   */
  public static Catalogue read(String source, String text, PriceBase prices) {
    Map<String, UnitType> units = new LinkedHashMap<>();
    try {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
          .setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
        UnitType unit = unit(source, row, prices);
        ForcesException.require(units.put(unit.id(), unit) == null, source + " row "
            + row.getRecordNumber() + ": the unit type " + unit.id() + " is listed twice");
      }
    } catch (IOException e) {
      throw ForcesException.failure(source + " cannot be read: " + e, e);
    }
    return new Catalogue(units, prices);
  }

  private static UnitType unit(String source, CSVRecord row, PriceBase prices) {
    String where = source + " row " + row.getRecordNumber();
    try {
      double factor = prices.toBase(row.get("currency"), integer(row, "price_year"));
      return new UnitType(row.get("id"), row.get("name"), row.get("category"), row.get("unit"),
          integer(row, "personnel"), new Equipment(integer(row, "tanks"), integer(row, "ifvs"),
              integer(row, "artillery"), integer(row, "combat_aircraft"),
              integer(row, "warships"), integer(row, "lr_sam")),
          spread(row, "acquisition").times(factor), spread(row, "operating").times(factor),
          integer(row, "lead_time_years"), new Spread(number(row, "ramp_low"),
              number(row, "ramp_mode"), number(row, "ramp_high")), row.get("source"),
          Confidence.of(row.get("confidence")));
    } catch (ForcesException | IllegalArgumentException e) {
      throw ForcesException.badInput(where + ": " + e.getMessage(), e);
    }
  }

  private static Spread spread(CSVRecord row, String name) {
    return new Spread(number(row, name + "_low_m"), number(row, name + "_mode_m"),
        number(row, name + "_high_m"));
  }

  private static double number(CSVRecord row, String column) {
    try {
      return Double.parseDouble(row.get(column));
    } catch (NumberFormatException e) {
      throw ForcesException.badInput(column + " must be a number, was '" + row.get(column) + "'");
    }
  }

  private static int integer(CSVRecord row, String column) {
    try {
      return Integer.parseInt(row.get(column));
    } catch (NumberFormatException e) {
      throw ForcesException.badInput(column + " must be a whole number, was '" + row.get(column)
          + "'");
    }
  }

  /**
   * Returns a unit type by its id.
   *
   * @throws ForcesException naming the known ids
   */
  public UnitType unit(String id) {
    UnitType unit = units.get(id);
    ForcesException.require(unit != null, "unknown unit type '" + id + "': expected one of "
        + units.keySet());
    return unit;
  }

  /** Returns every unit type, in the file's order. */
  public List<UnitType> units() {
    return new ArrayList<>(units.values());
  }

  /** Returns the price base the money was converted with. */
  public PriceBase prices() {
    return prices;
  }
}
