/**
 * Global sensitivity: Sobol' first-order and total-effect indices of a model's output over its
 * uncertain inputs, estimated by Saltelli's sampling scheme with Saltelli's (2010) and Jansen's
 * (1999) estimators and bootstrap intervals, run as a {@link dev.bulwark.posture.sweep.Sweep}.
 * Method and check against the Ishigami function: docs/sensitivity.md.
 */
package dev.bulwark.posture.sensitivity;
