package com.classbook.waitlist;

import com.classbook.platform.testing.HexagonRules;
import com.classbook.platform.testing.TestLayoutRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void waitlistServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.waitlist");
  }

  @Test
  void testsFollowTheLayout() {
    TestLayoutRules.check("com.classbook.waitlist");
  }
}
