/**
 * Alliances as dated membership lists: who was a member on a given day and in a given year.
 * The guarantees module adds what membership obliges; this package only says who is in.
 */
package dev.bulwark.core.alliance;
