package com.classbook.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can move; follows the system clock until it is set. */
public class MutableClock extends Clock {
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  public void set(Instant instant) {
    fixed.set(instant);
  }

  public void advance(Duration duration) {
    fixed.updateAndGet(now -> (now == null ? Instant.now() : now).plus(duration));
  }

  public void reset() {
    fixed.set(null);
  }

  @Override
  public Instant instant() {
    Instant now = fixed.get();
    return now == null ? Instant.now() : now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
