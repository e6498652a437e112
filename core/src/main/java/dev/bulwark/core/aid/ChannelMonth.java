package dev.bulwark.core.aid;

import dev.bulwark.core.BadInputException;
import java.time.YearMonth;

/**
 * Military aid of all donors together allocated in one month through one channel, EUR bn.
 *
 * @param month the calendar month
 * @param channel how the aid reached Ukraine
 * @param eurBn military aid allocated, billion current euros
 */
public record ChannelMonth(YearMonth month, Channel channel, double eurBn) {

  public ChannelMonth {
    BadInputException.require(month != null && channel != null, "channel month and channel"
        + " must be given");
    BadInputException.finite(eurBn, channel.word() + " aid in " + month);
  }
}
