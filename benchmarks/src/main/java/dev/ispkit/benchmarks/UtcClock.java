package dev.ispkit.benchmarks;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock of the benchmarks' own making: only its instant varies, its zone is UTC whatever is asked. */
abstract class UtcClock extends Clock {
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
