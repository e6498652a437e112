package dev.bulwark.guarantees;

import java.util.Arrays;
import java.util.Locale;

/** Reads the lower-case ids that name enum values in files and on the command line. */
public final class Ids {

  private Ids() {}

  /**
   * Returns the constant of {@code type} whose name is {@code id} in any case, dashes read as
   * underscores ("below-threshold", "BELOW_THRESHOLD").
   *
   * @throws GuaranteesException of kind BAD_INPUT naming the field, the value and the known ids
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String id, String field) {
    String wanted = id == null ? "" : id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
        .orElseThrow(() -> GuaranteesException.badInput(field + " must be one of "
            + Arrays.stream(type.getEnumConstants()).map(Ids::of).toList() + ", was '" + id + "'"));
  }

  /** Returns the lower-case id of a constant ({@code below_threshold}). */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
