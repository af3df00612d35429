package com.classbook.platform.probe;

import com.classbook.platform.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The probe app's clock: follows real time until a test moves it. */
public class ProbeClock {
  public static final MutableClock CLOCK = new MutableClock();

  @Produces
  @Singleton
  @Alternative
  @Priority(1)
  MutableClock clock() {
    return CLOCK;
  }
}
