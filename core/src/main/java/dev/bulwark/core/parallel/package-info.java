/**
 * Running parallel work on a given number of threads ({@link dev.bulwark.core.parallel.Pool}),
 * shared by the engines' Monte Carlo runners and sweeps.
 */
package dev.bulwark.core.parallel;
