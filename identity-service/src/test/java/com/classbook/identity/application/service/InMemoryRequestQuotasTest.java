package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.RequestQuotas;
import com.classbook.identity.application.port.out.RequestQuotasContract;
import com.classbook.platform.testing.MutableClock;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the Redis adapter. */
class InMemoryRequestQuotasTest extends RequestQuotasContract {

  private final MutableClock clock = new MutableClock();
  private final IdentityFakes.Quotas quotas = new IdentityFakes.Quotas(clock);

  @Override
  protected RequestQuotas quotas() {
    return quotas;
  }

  @Override
  protected MutableClock clock() {
    return clock;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
