package dev.bulwark.cli;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import dev.bulwark.data.format.TidyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts a made-up earlier NATO edition, {@code nato=2023}, into the tests' edition store
 * ({@code BULWARK_HOME}), so that {@code sources --compare nato=2023,nato=2024} has two editions to
 * compare: the bundled 2024 tables up to 2023, with 2022 and 2023 as estimates and Poland's 2023
 * share of GDP {@link #POLAND_2023_RAISE} points higher. Being older than the bundled edition, it
 * changes no other answer.
 */
final class EarlierEdition {

  /** The made-up edition's id. */
  static final String ID = "2023";
  /** How much higher Poland's 2023 share of GDP is in the made-up edition, in points. */
  static final double POLAND_2023_RAISE = 0.07;

  private EarlierEdition() {
  }

  /** Stores the edition, unless an earlier test did (the store's layout: one generation, @1). */
  static void store() throws IOException {
    Path editions = EditionStore.defaultLocation().directory().resolve("editions");
    Path target = editions.resolve(LedgerEdition.directoryName(Source.NATO, ID) + "@1");
    if (Files.isDirectory(target)) {
      return;
    }
    LedgerEdition bundled = Ledger.embedded().edition(Source.NATO, "2024");
    Edition edition = new Edition(Source.NATO, ID, "Test fixture: NATO 2024 tables to 2023",
        LocalDate.of(2023, 7, 7), "EarlierEdition", bundled.edition().priceBase());
    List<LedgerValue> values = bundled.values().stream().filter(v -> v.year() <= 2023)
        .map(EarlierEdition::asIn2023).toList();
    Files.createDirectories(editions);
    Path temp = Files.createTempDirectory(editions, ".test-");
    TidyFormat.write(new LedgerEdition(edition, EarlierEdition.class.getName(), values,
        bundled.notes()), temp);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) {
        throw e;
      }
      // another test stored it first; the hidden temporary directory is ignored by readers
    }
  }

  private static LedgerValue asIn2023(LedgerValue v) {
    boolean raised = v.iso3().equals("POL") && v.year() == 2023
        && v.indicator() == Indicator.NATO_DEFEXP_SHARE_GDP;
    return new LedgerValue(v.iso3(), v.year(), v.indicator(),
        raised ? v.value() + POLAND_2023_RAISE : v.value(),
        v.year() >= 2022 ? Flag.ESTIMATE : v.flag());
  }
}
