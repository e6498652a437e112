/** The reference tables every answer leans on: the countries and the editions of the sources. */
package dev.bulwark.answers.reference;
