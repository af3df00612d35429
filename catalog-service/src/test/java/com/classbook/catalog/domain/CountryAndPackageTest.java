package com.classbook.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CountryAndPackageTest {

  @Test
  void countryUpdateTellsWhetherSomethingChanged() {
    Country sg = Country.register(new CountryCode("sg"), "Singapore", ZoneId.of("Asia/Singapore"));
    assertEquals("SG", sg.code().value());
    assertTrue(sg.active());
    assertFalse(sg.update("Singapore", ZoneId.of("Asia/Singapore"), true));
    assertTrue(sg.update(null, null, false));
    assertFalse(sg.active());
    assertThrows(ValidationProblem.class, () -> sg.update("n".repeat(101), null, null));
  }

  @Test
  void onlyRegionBasedIanaZonesAreAccepted() {
    assertTrue(Country.isIanaZone("Asia/Kuala_Lumpur"));
    assertTrue(Country.isIanaZone("UTC"));
    assertFalse(Country.isIanaZone("+08:00"));
    assertFalse(Country.isIanaZone("asia/singapore"));
    assertFalse(Country.isIanaZone(null));
  }

  @Test
  void packagePriceKeepsTheCurrencysMinorUnit() {
    CreditPackage p = pack(new Money(new BigDecimal("49.9"), "SGD"));
    assertEquals("49.90", p.price().amount().toPlainString());
    assertFalse(p.update(null, new BigDecimal("49.900"), null), "same amount is no change");
    assertTrue(p.update(null, new BigDecimal("59"), null));
    assertEquals("59.00", p.price().amount().toPlainString());
    ValidationProblem tooFine =
        assertThrows(ValidationProblem.class, () -> p.update(null, new BigDecimal("1.005"), null));
    assertEquals("price", tooFine.violations().get(0).field());
    assertEquals("59.00", p.price().amount().toPlainString());
  }

  @Test
  void packageNumbersMustBePositive() {
    assertThrows(ValidationProblem.class, () -> pack(new Money(BigDecimal.ZERO, "SGD")));
    assertThrows(
        ValidationProblem.class,
        () ->
            new CreditPackage(
                "p",
                "n",
                0,
                new Money(BigDecimal.ONE, "SGD"),
                new CountryCode("SG"),
                30,
                true,
                Instant.EPOCH));
    assertThrows(
        ValidationProblem.class,
        () ->
            new CreditPackage(
                "p",
                "n",
                5,
                new Money(BigDecimal.ONE, "SGD"),
                new CountryCode("SG"),
                0,
                true,
                Instant.EPOCH));
  }

  private static CreditPackage pack(Money price) {
    return new CreditPackage(
        "p-1", "Ten", 10, price, new CountryCode("SG"), 30, true, Instant.EPOCH);
  }
}
