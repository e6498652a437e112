package dev.bulwark.server.web;

import dev.bulwark.core.panel.Edition;
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
import java.time.LocalDate;

/**
 * A store holding a made-up NATO edition "2023" beside the bundled ones: the 2024 tables' years
 * to 2023 with Poland's 2023 share of GDP {@value #POLAND_2023}. Older than the bundled edition,
 * it changes no answer; the dashboard offers to compare it.
 */
final class EarlierNatoEdition {

  /** Poland's 2023 share of GDP in the made-up edition. */
  static final double POLAND_2023 = 3.99;

  private EarlierNatoEdition() {}

  /** Writes the edition into a store under {@code dir} and returns the store. */
  static EditionStore storedIn(Path dir) throws IOException {
    EditionStore store = EditionStore.at(dir.resolve("editions-store"));
    LedgerEdition bundled = Ledger.embedded().edition(Source.NATO, "2024");
    Edition earlier = new Edition(Source.NATO, "2023", "Test: an earlier NATO edition",
        LocalDate.of(2023, 7, 7), "EarlierNatoEdition", bundled.edition().priceBase());
    Path stored = Files.createDirectories(store.directory().resolve("editions")
        .resolve(LedgerEdition.directoryName(Source.NATO, "2023") + "@1"));
    TidyFormat.write(new LedgerEdition(earlier, "test", bundled.values().stream()
        .filter(v -> v.year() <= 2023)
        .map(v -> v.iso3().equals("POL") && v.year() == 2023
            && v.indicator() == Indicator.NATO_DEFEXP_SHARE_GDP
            ? new LedgerValue("POL", 2023, v.indicator(), POLAND_2023, v.flag()) : v)
        .toList(), bundled.notes()), stored);
    return store;
  }
}
