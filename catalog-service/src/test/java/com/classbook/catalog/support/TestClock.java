package com.classbook.catalog.support;

import com.classbook.platform.testing.MutableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the system clock in tests; follows real time until a test sets it. */
@Singleton
public class TestClock {
  private final MutableClock clock = new MutableClock();

  @Produces
  @Singleton
  MutableClock clock() {
    return clock;
  }
}
