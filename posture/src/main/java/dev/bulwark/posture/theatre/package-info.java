/**
 * US forces by combatant command: the dated {@link dev.bulwark.posture.theatre.CommandPlan},
 * the aggregation of host counts to commands with US territories and states apart
 * ({@link dev.bulwark.posture.theatre.TheatrePosture}), and the reconciliation of public
 * claims with the counts ({@link dev.bulwark.posture.theatre.Reconciliation}).
 */
package dev.bulwark.posture.theatre;
