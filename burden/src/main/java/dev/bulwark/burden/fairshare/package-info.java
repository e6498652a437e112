/**
 * Fair share: each ally's share of alliance defence spending against its share of alliance GDP,
 * and the split of spending between the United States and the European allies with Canada.
 */
package dev.bulwark.burden.fairshare;
