package dev.bulwark.data.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.data.format.AidFormat;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the official workbooks with the importers today gives exactly the bundled ledger:
 * same rows, same bits, same files. Skipped when {@code ../shared/data} is not beside the
 * checkout.
 */
final class BundledLedgerReproductionTest {

  @TempDir Path tmp;

  @Test
  void importingTheOfficialFilesReproducesTheBundledLedgerExactly() throws IOException {
    Path data = OfficialFiles.find().orElse(null);
    Assumptions.assumeTrue(data != null,
        "../shared/data with the official NATO, SIPRI and World Bank files is not beside the checkout");
    List<LedgerEdition> derived = OfficialFiles.read(data);
    DeriveLedger.write(derived, tmp);

    for (LedgerEdition edition : derived) {
      String dir = edition.directoryName();
      LedgerEdition bundled = TidyFormat.read(
          TidyFormat.resources(dev.bulwark.data.Ledger.class, "ledger/" + dir), dir);
      assertThat(bundled).isEqualTo(edition);
      for (String file : List.of(TidyFormat.PROPERTIES, TidyFormat.VALUES, TidyFormat.NOTES)) {
        try (var in = dev.bulwark.data.Ledger.class.getResourceAsStream("ledger/" + dir + "/" + file)) {
          assertThat(in.readAllBytes()).as(dir + "/" + file)
              .isEqualTo(Files.readAllBytes(tmp.resolve(dir).resolve(file)));
        }
      }
    }
  }

  @Test
  void importingKielsDataHubFilesReproducesTheBundledAidReleaseExactly() throws IOException {
    Path data = OfficialFiles.find().orElse(null);
    Assumptions.assumeTrue(data != null, "../shared/data is not beside the checkout");
    AidRelease derived = OfficialFiles.readAid(data);
    DeriveLedger.writeAid(derived, tmp);
    String dir = "kiel-" + derived.edition().id();
    assertThat(AidFormat.read(TidyFormat.resources(dev.bulwark.data.Ledger.class, "ledger/" + dir),
        dir)).isEqualTo(derived);
    for (String file : AidFormat.FILES) {
      try (var in = dev.bulwark.data.Ledger.class.getResourceAsStream("ledger/" + dir + "/" + file)) {
        assertThat(in.readAllBytes()).as(dir + "/" + file)
            .isEqualTo(Files.readAllBytes(tmp.resolve(dir).resolve(file)));
      }
    }
  }
}
