/**
 * The posture module: where US forces stand ({@code forces}), how hosts group into combatant
 * commands ({@code theatre}), what-if scenario files ({@code scenario}) and the theatre campaign
 * model ({@code campaign}). {@link dev.bulwark.posture.PostureException} is the module's one
 * exception family.
 */
package dev.bulwark.posture;
