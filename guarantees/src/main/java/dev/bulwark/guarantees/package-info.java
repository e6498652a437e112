/**
 * Who is covered: collective-defence instruments ({@code treaty}), the gazetteer of territories and
 * sea areas ({@code geo}), the obligation engine that says who is bound to respond to an attack
 * ({@code engine}) and what the bound states' military capacity is worth ({@code weight}).
 * {@link dev.bulwark.guarantees.GuaranteesException} is the module's exception family.
 */
package dev.bulwark.guarantees;
