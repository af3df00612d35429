package com.classbook.waitlist.support;

import com.classbook.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Replaces the system clock so tests can move the waitlist past a class start. */
@ApplicationScoped
public class TestClock {
  @Produces @Singleton static final MutableClock CLOCK = new MutableClock();
}
