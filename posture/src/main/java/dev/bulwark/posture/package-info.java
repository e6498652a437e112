/** The posture module's root package; see the sub-packages. */
package dev.bulwark.posture;
