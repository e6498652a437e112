/**
 * The replacement model: what it costs to field a force that replaces the US contribution,
 * year by year, limited by each unit's lead time and industrial ramp ({@link
 * dev.bulwark.forces.replacement.ReplacementModel}); the scenario files that state a study's
 * force and its published totals ({@link dev.bulwark.forces.replacement.ForceScenario}, {@code
 * iiss-2025.yaml}, {@code bruegel-2025.yaml}); the seeded Monte Carlo over uncertain costs and
 * ramps ({@link dev.bulwark.forces.replacement.ReplacementSimulation}), the tornado ({@link
 * dev.bulwark.forces.replacement.ReplacementTornado}) and the check of a scenario's published
 * totals ({@link dev.bulwark.forces.replacement.HeadlineCheck}).
 */
package dev.bulwark.forces.replacement;
