package dev.bulwark.posture.theatre;

import dev.bulwark.posture.forces.Quarter;
import java.util.Objects;

/**
 * A public claim about US forces next to what DMDC's host-country counts support.
 *
 * @param id short machine name ({@code europe_total})
 * @param claim the claim as made, flagged as a claim ("about 100,000 US troops in Europe")
 * @param claimSource who made it and when
 * @param claimed the claimed figure (personnel, or percent for shares)
 * @param supported the figure the data support, same unit
 * @param unit {@code personnel} or {@code pct}
 * @param basis what the supported figure counts, and from which report
 * @param quarter the report used
 * @param reason why the two differ
 */
public record ReconciledClaim(String id, String claim, String claimSource, double claimed,
    double supported, String unit, String basis, Quarter quarter, String reason) {

  public ReconciledClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(claimSource, "claimSource");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(reason, "reason");
  }

  /** Supported minus claimed. */
  public double difference() {
    return supported - claimed;
  }
}
