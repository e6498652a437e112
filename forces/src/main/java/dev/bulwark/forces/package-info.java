/**
 * What forces cost and what Europe can field by when: the costed force catalogue
 * ({@link dev.bulwark.forces.catalogue}), the US contribution in Europe as a force list
 * ({@link dev.bulwark.forces.contribution}) and the replacement model with its Monte Carlo and
 * tornado ({@link dev.bulwark.forces.replacement}). The model is specified in
 * docs/replacement-model.md.
 */
package dev.bulwark.forces;
