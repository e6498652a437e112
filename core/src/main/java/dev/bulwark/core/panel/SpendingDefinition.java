package dev.bulwark.core.panel;

import dev.bulwark.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an edition's defence spending figures count. Figures of different definitions are not the
 * same quantity: a share of GDP of one definition is never compared with a target or a share of
 * another without saying so.
 *
 * <ul>
 *   <li>{@link #NATO_TOTAL}: NATO's defence expenditure, the figure of its tables up to the edition
 *       of August 2025 ("Defence Expenditure of NATO Countries (2014-2025)").
 *   <li>{@link #HAGUE_CORE}: core defence expenditure in the sense of the Hague summit commitment
 *       of June 2025 (3.5% of GDP on core defence plus 1.5% on defence- and security-related
 *       spending, 5% in all, by 2035), the figure of NATO's tables from the edition of July 2026
 *       ("Defence Investment of NATO Countries (2014-2026)"), whose Table 1 is titled "Core defence
 *       expenditure".
 *   <li>{@link #SIPRI_MILEX}: SIPRI's military expenditure, which counts paramilitary forces and
 *       is divided by SIPRI's own GDP figures.
 * </ul>
 */
public enum SpendingDefinition {
  /** NATO's total defence expenditure. */
  NATO_TOTAL(Source.NATO, "total defence expenditure (NATO definition)"),
  /** Core defence expenditure, the Hague commitment's 3.5% part. */
  HAGUE_CORE(Source.NATO, "core defence expenditure (The Hague 2025 definition)"),
  /** SIPRI's military expenditure. */
  SIPRI_MILEX(Source.SIPRI, "military expenditure (SIPRI definition)");

  private final Source source;
  private final String words;

  SpendingDefinition(Source source, String words) {
    this.source = source;
    this.words = words;
  }

  /** Returns the publisher whose editions use this definition. */
  public Source source() {
    return source;
  }

  /** Returns the definition in words, as notes print it. */
  public String words() {
    return words;
  }

  /** Returns the lower-case id used in stored files and tidy output ({@code hague_core}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the definition a source's editions use unless they say otherwise: NATO's total
   * defence expenditure, SIPRI's military expenditure, none for a source without defence
   * spending (the World Bank, Kiel's aid tracker).
   */
  public static Optional<SpendingDefinition> usual(Source source) {
    return switch (source) {
      case NATO -> Optional.of(NATO_TOTAL);
      case SIPRI -> Optional.of(SIPRI_MILEX);
      case WORLD_BANK, KIEL -> Optional.empty();
    };
  }

  /**
   * Finds a definition by its id.
   *
   * @throws BadInputException naming the known ids when none matches
   */
  public static SpendingDefinition ofId(String id) {
    return Arrays.stream(values()).filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new BadInputException("unknown spending definition '" + id
            + "': expected one of " + Arrays.stream(values()).map(SpendingDefinition::id).toList()));
  }
}
