package com.classbook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void countryCodeIsNormalisedAndChecked() {
    assertEquals("SG", new CountryCode("sg").value());
    DomainProblem p = assertThrows(DomainProblem.class, () -> new CountryCode("XX"));
    assertEquals(ProblemCode.VALIDATION_FAILED, p.code());
    assertThrows(DomainProblem.class, () -> new CountryCode(null));
  }

  @Test
  void moneyUsesTheCurrencyMinorUnit() {
    assertEquals(new BigDecimal("99.90"), new Money(new BigDecimal("99.9"), "sgd").amount());
    assertEquals(new BigDecimal("1500"), new Money(new BigDecimal("1500"), "JPY").amount());
    assertThrows(DomainProblem.class, () -> new Money(new BigDecimal("1.5"), "JPY"));
    assertThrows(DomainProblem.class, () -> new Money(new BigDecimal("-1"), "SGD"));
    assertThrows(DomainProblem.class, () -> new Money(BigDecimal.ONE, "XYZ1"));
  }
}
