package dev.bulwark.data.format;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import java.util.Comparator;
import java.util.List;

/**
 * One edition in the ledger's tidy form: what the publisher released, who derived it, its values
 * and its notes. An edition with constant-price values must record their price base year, so no
 * constant-price figure is ever read without it. Values and notes are kept sorted (indicator, country, year), so two derivations
 * of the same workbook compare equal and write the same bytes.
 *
 * @param edition the publisher's release
 * @param derivedBy the importer that produced the rows (a class name)
 * @param values the observations, every one of the edition's source
 * @param notes the per-country markers
 */
public record LedgerEdition(Edition edition, String derivedBy, List<LedgerValue> values,
    List<LedgerNote> notes) {

  private static final Comparator<LedgerValue> VALUE_ORDER =
      Comparator.comparing(LedgerValue::indicator).thenComparing(LedgerValue::iso3)
          .thenComparingInt(LedgerValue::year);

  public LedgerEdition {
    BadInputException.require(edition != null, "ledger edition must be given");
    BadInputException.require(derivedBy != null && !derivedBy.isBlank(),
        "derived_by must be given for " + edition.citation());
    for (LedgerValue value : values) {
      BadInputException.require(value.indicator().source() == edition.source(),
          () -> "value of " + value.indicator().id() + " does not belong to "
              + edition.citation());
      BadInputException.require(!value.indicator().atConstantPrices()
              || edition.priceBase().isPresent(),
          () -> "value of " + value.indicator().id() + " is at constant prices, but "
              + edition.citation() + " records no price base year: expected price_base");
    }
    values = inOrder(values) ? List.copyOf(values) : values.stream().sorted(VALUE_ORDER).toList();
    notes = notes.stream().sorted(Comparator.comparing(LedgerNote::iso3)
        .thenComparing(LedgerNote::note)).distinct().toList();
  }

  /**
   * Whether the values already stand in {@link #VALUE_ORDER}, as the tidy files store them: one
   * pass of plain comparisons, where sorting would call the composed comparator n log n times.
   */
  private static boolean inOrder(List<LedgerValue> values) {
    for (int i = 1; i < values.size(); i++) {
      LedgerValue a = values.get(i - 1);
      LedgerValue b = values.get(i);
      int byIndicator = a.indicator().compareTo(b.indicator());
      int byCountry = byIndicator != 0 ? byIndicator : a.iso3().compareTo(b.iso3());
      if (byCountry > 0 || byCountry == 0 && a.year() > b.year()) {
        return false;
      }
    }
    return true;
  }

  /** Declares this edition in the builder and adds its values. */
  public void addTo(Panel.Builder panel) {
    panel.edition(edition);
    for (LedgerValue v : values) {
      panel.add(v.indicator(), v.iso3(), v.year(), v.value(), v.flag());
    }
  }

  /** Returns the directory name the edition is stored under ({@code nato-2024}). */
  public String directoryName() {
    return directoryName(edition);
  }

  /** Returns the directory name for an edition ({@code sipri-2025-04}). */
  public static String directoryName(Edition edition) {
    return directoryName(edition.source(), edition.id());
  }

  /** Returns the directory name for a source's edition id ({@code nato-2024}). */
  public static String directoryName(Source source, String id) {
    return source.id() + "-" + id;
  }
}
