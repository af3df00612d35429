package com.classbook.identity.adapter.out.redis;

import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.application.port.out.LoginAttemptLimiterContract;
import com.classbook.identity.support.TestClock;
import com.classbook.platform.testing.MutableClock;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Redis adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class RedisLoginAttemptLimiterTest extends LoginAttemptLimiterContract {

  @Inject LoginAttemptLimiter limiter;

  @ConfigProperty(name = "classbook.login.max-failures-per-account")
  int accountLimit;

  @ConfigProperty(name = "classbook.login.max-failures-per-address")
  int addressLimit;

  @ConfigProperty(name = "classbook.login.window")
  Duration window;

  @Override
  protected LoginAttemptLimiter limiter() {
    return limiter;
  }

  @Override
  protected MutableClock clock() {
    return TestClock.CLOCK;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return OnVertx.await(work);
  }

  @Override
  protected int accountLimit() {
    return accountLimit;
  }

  @Override
  protected int addressLimit() {
    return addressLimit;
  }

  @Override
  protected Duration window() {
    return window;
  }
}
