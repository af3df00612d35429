package com.classbook.catalog;

import com.classbook.platform.testing.HexagonRules;
import com.classbook.platform.testing.TestLayoutRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void catalogServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.catalog");
  }

  @Test
  void testsFollowTheLayout() {
    TestLayoutRules.check("com.classbook.catalog");
  }
}
