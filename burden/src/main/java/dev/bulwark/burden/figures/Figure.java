package dev.bulwark.burden.figures;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.panel.Observation;
import java.util.Collection;
import java.util.List;

/**
 * One figure as an analysis uses it: the value in its {@link Quantity}'s unit, the provenance of
 * the observation it came from ("NATO 2024, estimate") and whether the source flags it.
 *
 * @param value the value, finite
 * @param provenance the edition citation and flag of the observation
 * @param estimate whether the source marks the value as an estimate or highly uncertain
 */
public record Figure(double value, String provenance, boolean estimate) {

  public Figure {
    BurdenException.require(Double.isFinite(value),
        "figure value must be finite, was " + value + " (" + provenance + ")");
  }

  /** Returns the observation's value multiplied by {@code scale}, with its provenance. */
  static Figure of(Observation observation, double scale) {
    return new Figure(observation.value() * scale, observation.provenance(),
        observation.flag().isEstimate());
  }

  /** Returns the distinct provenance strings of the figures, in order of first use. */
  public static List<String> provenanceOf(Collection<Figure> figures) {
    return figures.stream().map(Figure::provenance).distinct().toList();
  }

  /** Returns whether any of the figures is flagged as an estimate. */
  public static boolean anyEstimate(Collection<Figure> figures) {
    return figures.stream().anyMatch(Figure::estimate);
  }
}
