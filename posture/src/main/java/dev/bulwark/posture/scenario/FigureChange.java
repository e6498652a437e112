package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;
import java.util.Objects;

/**
 * One figure a scenario changes, beside its baseline value.
 *
 * @param question which of Bulwark's questions it answers: {@code posture}, {@code spending},
 *     {@code guarantees} or {@code campaign}
 * @param subject what it is about: a place code, a command, an ally, a claim id
 * @param measure the figure's machine name with its unit ({@code active_duty})
 * @param baseline the value without the scenario
 * @param scenario the value with it
 * @param basis where the figure comes from (report, rule, edition)
 */
public record FigureChange(String question, String subject, String measure, double baseline,
    double scenario, String basis) {

  public FigureChange {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(basis, "basis");
    PostureException.require(Double.isFinite(baseline) && Double.isFinite(scenario),
        measure + " of " + subject + " must be finite, was " + baseline + " and " + scenario);
  }

  /** Scenario minus baseline. */
  public double change() {
    return scenario - baseline;
  }
}
