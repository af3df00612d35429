package com.classbook.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.domain.country.CountryFact;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.catalog.domain.creditpackage.PackageFact;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryAndPackageTest {

  @Test
  void countryUpdateTellsWhetherSomethingChanged() {
    Country sg =
        Country.register(new CountryCode("sg"), "Singapore", ZoneId.of("Asia/Singapore")).country();
    assertEquals("SG", sg.code().value());
    assertTrue(sg.active());
    assertEquals(Optional.empty(), sg.update("Singapore", ZoneId.of("Asia/Singapore"), true));
    assertEquals(Optional.of(new CountryFact.Updated(sg, false)), sg.update(null, null, false));
    assertFalse(sg.active());
    assertThrows(ValidationProblem.class, () -> sg.update("n".repeat(101), null, null));
  }

  @Test
  void aCountryUpdateSaysWhetherItsZoneMoved() {
    Country gb =
        Country.register(new CountryCode("GB"), "United Kingdom", ZoneId.of("Europe/London"))
            .country();

    assertEquals(
        Optional.of(new CountryFact.Updated(gb, true)),
        gb.update(null, ZoneId.of("Europe/Dublin"), null));
    assertEquals(ZoneId.of("Europe/Dublin"), gb.timeZone());
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
    assertEquals(Optional.empty(), p.update(null, new BigDecimal("49.900"), null), "same amount");
    assertEquals(
        Optional.of(new PackageFact.Updated(p)), p.update(null, new BigDecimal("59"), null));
    assertEquals("59.00", p.price().amount().toPlainString());
    ValidationProblem tooFine =
        assertThrows(ValidationProblem.class, () -> p.update(null, new BigDecimal("1.005"), null));
    assertEquals("price", tooFine.violations().get(0).field());
    assertEquals("59.00", p.price().amount().toPlainString());
  }

  @Test
  void aCreatedPackageIsOnSaleFromItsCreation() {
    Instant now = Instant.parse("2026-11-30T00:00:00Z");
    CreditPackage created =
        CreditPackage.create(
                "p-2", "Five", 5, new Money(BigDecimal.TEN, "SGD"), new CountryCode("SG"), 30, now)
            .creditPackage();
    assertTrue(created.active());
    assertEquals(now, created.createdAt());
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
