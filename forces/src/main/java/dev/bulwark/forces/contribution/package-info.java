/**
 * What the United States contributes to the defence of Europe, as a force list with sources
 * ({@code us-contribution.csv}): the personnel counts (the DMDC's 66,121 active duty in the EUCOM
 * hosts in 2024Q4, the ~100,000 with rotations, the studies' 128,000 and 300,000) and the
 * formations in Europe with the catalogue unit that would replace each.
 */
package dev.bulwark.forces.contribution;
