/**
 * What a guarantee is worth: the engine's answer joined to a {@link dev.bulwark.core.panel.Panel}
 * (military expenditure in current US$ and military personnel of the bound states, the US share
 * and the same without the US), and the umbrella table of who defends each protected state.
 */
package dev.bulwark.guarantees.weight;
