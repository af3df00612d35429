package com.classbook.waitlist;

import com.classbook.platform.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void waitlistServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.waitlist");
  }
}
