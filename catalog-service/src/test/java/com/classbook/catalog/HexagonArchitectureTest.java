package com.classbook.catalog;

import com.classbook.platform.testing.HexagonRules;
import org.junit.jupiter.api.Test;

class HexagonArchitectureTest {
  @Test
  void catalogServiceKeepsItsHexagon() {
    HexagonRules.check("com.classbook.catalog");
  }
}
