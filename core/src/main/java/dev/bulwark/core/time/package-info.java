/** Days and their one accepted range ({@link dev.bulwark.core.time.Dates}). */
package dev.bulwark.core.time;
