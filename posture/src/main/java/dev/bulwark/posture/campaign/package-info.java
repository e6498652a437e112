/**
 * The theatre campaign model and its Monte Carlo runner: theatres and orders of battle as data
 * files found through a registry ({@link dev.bulwark.posture.campaign.Theatres}, {@link
 * dev.bulwark.posture.campaign.Theatre}, {@link dev.bulwark.posture.campaign.Posture}),
 * the hour-stepped Lanchester model with Epstein's withdrawal and breakpoint rules ({@link
 * dev.bulwark.posture.campaign.CampaignModel}), the seeded parallel runner ({@link
 * dev.bulwark.posture.campaign.CampaignSimulation}) and the sensitivity of its answer to each
 * uncertain parameter ({@link dev.bulwark.posture.campaign.Tornado}), and a scenario file's
 * order-of-battle edits turned into changes of a posture ({@link
 * dev.bulwark.posture.campaign.ScenarioChanges}, with the pool of forces moved from EUCOM
 * supplied from above as an {@link dev.bulwark.posture.campaign.EucomPool}).
 *
 * <p>Every equation, parameter, default and source is stated in {@code docs/campaign-model.md}.
 */
package dev.bulwark.posture.campaign;
