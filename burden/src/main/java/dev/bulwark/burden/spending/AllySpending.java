package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of the {@link SpendingReport}: an ally's spending in the report's year.
 *
 * @param iso3 the ally
 * @param rank rank by share of GDP, 1 for the highest; equal shares share a rank (1, 2, 2, 4)
 * @param shareOfGdpPct defence expenditure as % of GDP as published (NATO: % of real GDP)
 * @param spendingUsdMillion defence expenditure in million US$, current prices
 * @param perCapitaUsd defence expenditure per person in US$, in the report's
 *     {@link SpendingReport#perCapitaUnit()}
 * @param equipmentSharePct equipment as % of defence expenditure (empty from SIPRI)
 * @param militaryPersonnelThousand military personnel in thousands (empty from SIPRI)
 * @param checks one verdict per target, in the order of the report's targets
 * @param provenance the distinct provenance strings of the figures used ("NATO 2024, estimate")
 * @param estimate whether any figure used is flagged as an estimate
 */
public record AllySpending(String iso3, int rank, double shareOfGdpPct,
    OptionalDouble spendingUsdMillion, OptionalDouble perCapitaUsd,
    OptionalDouble equipmentSharePct, OptionalDouble militaryPersonnelThousand,
    List<TargetCheck> checks, List<String> provenance, boolean estimate) {

  public AllySpending {
    BurdenException.require(rank >= 1, "rank must be 1 or more, was " + rank + " for " + iso3);
    checks = List.copyOf(checks);
    provenance = List.copyOf(provenance);
  }

  /** Returns the verdict for a target id. */
  public Verdict verdict(String targetId) {
    return checks.stream().filter(c -> c.targetId().equals(targetId)).map(TargetCheck::verdict)
        .findFirst().orElseThrow(() -> BurdenException.badInput("unknown target '" + targetId
            + "'; this row has " + checks.stream().map(TargetCheck::targetId).toList()));
  }
}
