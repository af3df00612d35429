package com.classbook.identity.adapter.out.redis;

import com.classbook.identity.application.port.out.RequestQuotas;
import com.classbook.identity.application.port.out.RequestQuotasContract;
import com.classbook.identity.support.TestClock;
import com.classbook.platform.testing.MutableClock;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The Redis adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class RedisRequestQuotasTest extends RequestQuotasContract {

  @Inject RequestQuotas quotas;

  @Override
  protected RequestQuotas quotas() {
    return quotas;
  }

  @Override
  protected MutableClock clock() {
    return TestClock.CLOCK;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return OnVertx.await(work);
  }
}
