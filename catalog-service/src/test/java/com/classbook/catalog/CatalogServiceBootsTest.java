package com.classbook.catalog;

import com.classbook.platform.testing.OperationalEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogServiceBootsTest {
  @Test
  void readyWithItsDependenciesAndObservable() {
    OperationalEndpoints.assertServed();
  }
}
