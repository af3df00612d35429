package com.classbook.waitlist;

import com.classbook.platform.testing.OperationalEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitlistServiceBootsTest {
  @Test
  void readyWithItsDependenciesAndObservable() {
    OperationalEndpoints.assertServed();
  }
}
