/**
 * Scenario files: what-ifs across Bulwark's three questions, read from documented YAML
 * ({@link dev.bulwark.posture.scenario.ScenarioFile}, {@code docs/scenarios.md}) into plain
 * records; force moves applied to the posture ledger
 * ({@link dev.bulwark.posture.scenario.ForceScenario}), with every changed figure reported as a
 * {@link dev.bulwark.posture.scenario.FigureChange}. Spending paths are carried for the burden
 * module, order-of-battle edits for the campaign model (units, and in the Taiwan Strait the
 * launchers, ships, aircraft and elements moved from EUCOM of a
 * {@link dev.bulwark.posture.scenario.StraitEdit}) and instrument withdrawals for the guarantee
 * engine.
 */
package dev.bulwark.posture.scenario;
