package dev.bulwark.report.brief;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Machine names for the columns of a brief's tables, made from the words a reader sees: lower
 * snake case starting with a letter, as an answer's column needs. "%" reads "pct" and "US$"
 * reads "usd", so {@code of("Cost to", "3.5%", "US$ bn")} is {@code cost_to_3_5_pct_usd_bn}.
 */
public final class ColumnNames {

  private ColumnNames() {}

  /** Returns the words joined as one machine name, accents dropped, "column_" before a digit. */
  public static String of(String... words) {
    String name = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("US$", "usd").replace("%", " pct ")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return name.matches("[a-z].*") ? name : "column_" + name;
  }
}
