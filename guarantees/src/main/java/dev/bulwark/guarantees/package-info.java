/** The guarantees module's root package; see the sub-packages. */
package dev.bulwark.guarantees;
