package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.application.port.out.LoginAttemptLimiterContract;
import com.classbook.platform.testing.MutableClock;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the Redis adapter. */
class InMemoryLoginAttemptsTest extends LoginAttemptLimiterContract {

  private final MutableClock clock = new MutableClock();
  private final IdentityFakes.Limiter limiter = new IdentityFakes.Limiter(clock);

  @Override
  protected LoginAttemptLimiter limiter() {
    return limiter;
  }

  @Override
  protected MutableClock clock() {
    return clock;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected int accountLimit() {
    return limiter.accountLimit;
  }

  @Override
  protected int addressLimit() {
    return limiter.addressLimit;
  }

  @Override
  protected Duration window() {
    return limiter.window;
  }
}
