/**
 * Aid to Ukraine beside defence spending: who gives most in euros and as a share of GDP, Europe
 * (with and without the EU's institutions) against the United States month by month, military
 * aid by channel, and each ally's total contribution, defence spending plus aid, counted once.
 * The figures come from a release of Kiel's Ukraine Support Tracker
 * ({@link dev.bulwark.core.aid.AidRelease}); the defence shares from the panel.
 */
package dev.bulwark.burden.aid;
