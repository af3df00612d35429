package com.classbook.booking.support;

import com.classbook.platform.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the system clock in tests; it follows real time until a test sets it. */
public class TestClock {
  public static final MutableClock CLOCK = new MutableClock();

  @Produces
  @Singleton
  @Alternative
  @Priority(1)
  MutableClock clock() {
    return CLOCK;
  }
}
