package com.classbook.booking.adapter.out.redis;

import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.SlotCounterContract;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The Redis adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class RedisSlotCounterTest extends SlotCounterContract {

  @Inject SlotCounter counter;

  @Override
  protected SlotCounter counter() {
    return counter;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return OnVertx.await(work);
  }
}
