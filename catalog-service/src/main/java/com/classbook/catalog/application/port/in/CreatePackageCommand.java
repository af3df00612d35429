package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.problem.Validate;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** A new credit package: name, credits, price in a currency, country and validity in days. */
public record CreatePackageCommand(
    String name,
    Integer credits,
    BigDecimal price,
    String currency,
    String countryCode,
    Integer validityDays) {

  public CreatePackageCommand {
    boolean knownCurrency = isCurrency(currency);
    Validate.fields()
        .text(name, "name", CreditPackage.MAX_NAME)
        .require(
            inRange(credits, CreditPackage.MAX_CREDITS),
            "credits",
            "must be between 1 and " + CreditPackage.MAX_CREDITS)
        .require(knownCurrency, "currency", "must be an ISO 4217 currency code")
        .require(
            price != null && price.signum() > 0 && price.compareTo(CreditPackage.MAX_PRICE) <= 0,
            "price",
            "must be greater than 0 and at most " + CreditPackage.MAX_PRICE)
        .require(
            !knownCurrency || price == null || fitsMinorUnit(price, currency),
            "price",
            "has more decimals than the currency allows")
        .require(
            CountryCodes.wellFormed(countryCode),
            "countryCode",
            "must be a two-letter country code")
        .require(
            inRange(validityDays, CreditPackage.MAX_VALIDITY_DAYS),
            "validityDays",
            "must be between 1 and " + CreditPackage.MAX_VALIDITY_DAYS)
        .orThrow();
  }

  public Money money() {
    return new Money(price, currency);
  }

  private static boolean inRange(Integer value, int max) {
    return value != null && value >= 1 && value <= max;
  }

  private static boolean isCurrency(String code) {
    try {
      return code != null
          && code.strip().length() == 3
          && Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean fitsMinorUnit(BigDecimal price, String currency) {
    int digits =
        Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
    return price.stripTrailingZeros().scale() <= Math.max(digits, 0);
  }
}
