package com.classbook.identity;

import com.classbook.platform.testing.HexagonRules;
import com.classbook.platform.testing.TestLayoutRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void identityServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.identity");
  }

  @Test
  void testsFollowTheLayout() {
    TestLayoutRules.check("com.classbook.identity");
  }
}
