/**
 * Aid to Ukraine as the Kiel Institute's Ukraine Support Tracker records it: one release's donors,
 * their aid allocated month by month by type, the channel of military aid and heavy weapons
 * delivered, in current euros. The {@code data} module reads and writes releases; the
 * {@code burden} module analyses them.
 */
package dev.bulwark.core.aid;
