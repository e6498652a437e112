/**
 * The {@code bulwark} command: one picocli subcommand per question, each printing a tidy result
 * in the format the user asks for. This is the only layer that prints, and the only one that maps
 * {@link dev.bulwark.core.BulwarkException} to exit codes: 0 success, 1 failure, 2 bad input.
 */
package dev.bulwark.cli;
