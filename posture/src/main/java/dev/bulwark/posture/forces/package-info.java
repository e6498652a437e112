/**
 * Where US forces stand: {@link dev.bulwark.posture.forces.UsForces}, Bulwark's quarterly series
 * of US military personnel by host country or territory (DMDC reports, 1950 to the latest), with
 * each count's source report and flag; unreported quarters are missing, never zero.
 */
package dev.bulwark.posture.forces;
