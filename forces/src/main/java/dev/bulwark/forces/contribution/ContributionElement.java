package dev.bulwark.forces.contribution;

import dev.bulwark.forces.catalogue.Confidence;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the US force list.
 *
 * @param id the row's id
 * @param kind {@code count} (a personnel count) or {@code formation}
 * @param element what it is
 * @param personnel the personnel count, where one is published
 * @param replacedBy the catalogue unit type that would replace a formation
 * @param replacedQuantity how many of it
 * @param source the source
 * @param confidence how far the row can be trusted
 */
public record ContributionElement(String id, String kind, String element, OptionalInt personnel,
    Optional<String> replacedBy, double replacedQuantity, String source, Confidence confidence) {}
