/** Who pays: spending, gap, path, fair share and exploitation, over the burden engine. */
package dev.bulwark.answers.burden;
