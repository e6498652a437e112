/** Who supports Ukraine: the aid ledger's question over Kiel's tracker and the burden engine. */
package dev.bulwark.answers.aid;
