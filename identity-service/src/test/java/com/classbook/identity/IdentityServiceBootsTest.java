package com.classbook.identity;

import com.classbook.platform.testing.OperationalEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdentityServiceBootsTest {
  @Test
  void readyWithItsDependenciesAndObservable() {
    OperationalEndpoints.assertServed();
  }
}
