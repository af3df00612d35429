package com.classbook.identity.support;

import com.classbook.platform.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the service clock in tests so token expiry can be crossed without waiting. */
@ApplicationScoped
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
