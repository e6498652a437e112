/**
 * The question of what replacing US forces costs Europe ({@code bulwark replace}): the forces
 * engine's replacement model joined with the burden engine's spending paths and the posture
 * engine's count of US personnel in Europe.
 */
package dev.bulwark.answers.forces;
