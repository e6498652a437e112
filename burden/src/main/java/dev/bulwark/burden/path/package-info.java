/**
 * Paths to a target share of GDP by a target year (by default the Hague 3.5% by 2035): the share
 * each ally would spend year by year, what that costs in current US$ under a stated GDP growth,
 * and the growth of defence spending the path requires.
 */
package dev.bulwark.burden.path;
