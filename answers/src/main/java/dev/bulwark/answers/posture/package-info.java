/**
 * Where the forces stand and whether deterrence holds: US personnel by command and host, the
 * campaign models' postures, and campaign runs.
 */
package dev.bulwark.answers.posture;
