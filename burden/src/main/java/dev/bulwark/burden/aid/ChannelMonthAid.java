package dev.bulwark.burden.aid;

import dev.bulwark.core.aid.Channel;
import java.time.YearMonth;
import java.util.Map;

/**
 * All donors' military aid in one month by channel, beside the military aid allocated that month
 * by donor. Kiel's channel series does not add up to the monthly military allocations in every
 * month (Release 29: EUR 168.0 bn by channel against 173.0 bn allocated over the period).
 *
 * @param month the month
 * @param byChannel military aid by channel, EUR bn
 * @param militaryAllocated military aid allocated by all donors that month, EUR bn
 */
public record ChannelMonthAid(YearMonth month, Map<Channel, Double> byChannel,
    double militaryAllocated) {

  /** Returns the sum over channels, EUR bn. */
  public double total() {
    return byChannel.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
