package dev.bulwark.burden.fairshare;

import dev.bulwark.burden.BurdenException;
import java.util.List;

/**
 * The split of an alliance's defence spending in one year between the United States and the
 * other allies (for NATO, "Europe and Canada").
 *
 * @param year the year
 * @param source which source answered ("NATO" or "SIPRI")
 * @param alliesCounted members with spending figures that year, the United States included
 * @param usUsdMillion US defence spending, million current US$
 * @param othersUsdMillion the other counted allies' spending summed, million current US$
 * @param totalUsdMillion {@code usUsdMillion + othersUsdMillion}
 * @param usSharePct {@code 100 × usUsdMillion / totalUsdMillion}
 * @param othersSharePct {@code 100 × othersUsdMillion / totalUsdMillion}
 * @param provenance the distinct provenance strings of the figures summed
 * @param estimate whether any of them is flagged as an estimate
 */
public record SplitYear(int year, String source, int alliesCounted, double usUsdMillion,
    double othersUsdMillion, double totalUsdMillion, double usSharePct, double othersSharePct,
    List<String> provenance, boolean estimate) {

  public SplitYear {
    BurdenException.require(totalUsdMillion > 0 && usUsdMillion >= 0 && othersUsdMillion >= 0,
        "split of " + year + " needs positive total spending, was " + totalUsdMillion);
    provenance = List.copyOf(provenance);
  }
}
