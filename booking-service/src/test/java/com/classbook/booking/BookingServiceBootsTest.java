package com.classbook.booking;

import com.classbook.platform.testing.OperationalEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookingServiceBootsTest {
  @Test
  void readyWithItsDependenciesAndObservable() {
    OperationalEndpoints.assertServed();
  }
}
