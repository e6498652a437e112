/** Who is covered: the guarantee assessment, the umbrella, the treaty base and the gazetteer. */
package dev.bulwark.answers.guarantees;
