/**
 * Scenario application in one place below the adapters: force moves, spending paths,
 * order-of-battle edits and withdrawals applied to their engines, and the scenario question.
 */
package dev.bulwark.answers.scenario;
