package com.classbook.booking;

import com.classbook.platform.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void bookingServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.booking");
  }
}
