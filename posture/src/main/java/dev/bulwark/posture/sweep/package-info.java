/**
 * Sweeps: many independent cells of work (a block of model evaluations, a parameter setting, an
 * allocation), each a pure function of the sweep's seed and its own index, so that the answer
 * does not depend on which thread, or which machine, runs a cell. {@link
 * dev.bulwark.posture.sweep.LocalExecutor} runs them on this machine's cores.
 */
package dev.bulwark.posture.sweep;
