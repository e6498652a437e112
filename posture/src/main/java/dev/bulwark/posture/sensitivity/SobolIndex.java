package dev.bulwark.posture.sensitivity;

/**
 * One input's Sobol' indices with their 95% bootstrap intervals (estimate ± 1.96 × the
 * bootstrap standard deviation); NaN when the output does not vary.
 *
 * @param input the input's name
 * @param first the first-order index S_i: the share of the output's variance due to the input
 *     alone
 * @param firstHalfWidth half the width of its interval
 * @param total the total-effect index S_Ti: the share due to the input with all its
 *     interactions
 * @param totalHalfWidth half the width of its interval
 */
public record SobolIndex(String input, double first, double firstHalfWidth, double total,
    double totalHalfWidth) {
}
