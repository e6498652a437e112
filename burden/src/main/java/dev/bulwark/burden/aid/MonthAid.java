package dev.bulwark.burden.aid;

import java.time.YearMonth;

/**
 * Aid allocated in one span, by region: one month, one calendar year or a whole range.
 *
 * @param period the span's label ({@code 2025-03}, {@code 2025}, {@code 2022-01..2026-04})
 * @param from the span's first month
 * @param to the span's last month
 * @param split the aid by region
 */
public record MonthAid(String period, YearMonth from, YearMonth to, RegionSplit split) {
}
