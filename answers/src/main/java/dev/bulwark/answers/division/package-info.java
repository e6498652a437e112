/**
 * The division of labour between EUCOM and INDOPACOM: the pool of US forces in Europe that can
 * move to the Indo-Pacific with what each is worth in the Baltic and in the Taiwan Strait
 * ({@link dev.bulwark.answers.division.DivisionSetting}), the forces Europe fields on a spending
 * path ({@link dev.bulwark.answers.division.EuropeanBrigades}), the frontier of both theatres
 * over the share moved, run with common random numbers
 * ({@link dev.bulwark.answers.division.Frontier}), and the question that names the answers
 * ({@link dev.bulwark.answers.division.DivisionQuestion}). Model: docs/division-of-labour.md.
 */
package dev.bulwark.answers.division;
