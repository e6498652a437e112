package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * One row of a theatre's parameter table: an uncertain input of the campaign model, drawn once
 * per replication from a triangular distribution. Rows are addressed by {@link #name()}; the
 * model reads the names in {@link CampaignModel#PARAMETERS} and ignores any other row. The
 * bundled defaults are Bulwark's assumptions within the ranges of the literature cited in
 * {@code docs/campaign-model.md}; they were calibrated once and are not tuned per test.
 *
 * @param name the name the model and users address it by ({@code "attacker_lethality"})
 * @param symbol its symbol in {@code docs/campaign-model.md} ({@code "kappa_a"})
 * @param unit its unit ("per day", "km/h", "factor")
 * @param low the lowest value
 * @param mode the most likely value
 * @param high the highest value
 * @param basis whether the range is published or assumed
 * @param source where the range comes from, or the reasoning of the assumption
 */
public record Parameter(String name, String symbol, String unit, double low, double mode,
    double high, Basis basis, String source) {

  public Parameter {
    PostureException.require(name != null && name.matches("[a-z][a-z0-9_]*"),
        "parameter name must be lower-case letters, digits and underscores, was '" + name + "'");
    Checks.text(symbol, "symbol of parameter '" + name + "'");
    Checks.text(unit, "unit of parameter '" + name + "'");
    PostureException.require(basis != null, "basis of parameter '" + name
        + "' must be published or assumption, was missing");
    try {
      new Triangular(low, mode, high);
    } catch (PostureException e) {
      throw PostureException.badInput("parameter '" + name + "': " + e.getMessage(), e);
    }
    source = Checks.source(source);
  }

  /** Its default distribution, triangular (low, mode, high). */
  public Triangular distribution() {
    return new Triangular(low, mode, high);
  }
}
