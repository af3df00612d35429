package com.classbook.booking;

import com.classbook.platform.testing.HexagonRules;
import com.classbook.platform.testing.TestLayoutRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void bookingServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.booking");
  }

  @Test
  void testsFollowTheLayout() {
    TestLayoutRules.check("com.classbook.booking");
  }
}
