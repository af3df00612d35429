package com.classbook.identity;

import com.classbook.platform.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void identityServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.identity");
  }
}
