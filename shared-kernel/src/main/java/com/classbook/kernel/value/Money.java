package com.classbook.kernel.value;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.math.BigDecimal;
import java.util.Currency;

/** A non-negative amount in an ISO 4217 currency, scaled to the currency's minor unit. */
public record Money(BigDecimal amount, String currency) {

  public Money {
    if (amount == null || amount.signum() < 0) {
      throw new DomainProblem(ProblemCode.VALIDATION_FAILED, "amount must be >= 0");
    }
    Currency parsed = parseCurrency(currency);
    int digits = Math.max(parsed.getDefaultFractionDigits(), 0);
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new DomainProblem(
          ProblemCode.VALIDATION_FAILED,
          "amount has more decimals than " + parsed.getCurrencyCode() + " allows");
    }
    amount = amount.setScale(digits);
    currency = parsed.getCurrencyCode();
  }

  private static Currency parseCurrency(String code) {
    try {
      return Currency.getInstance(code == null ? "" : code.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new DomainProblem(ProblemCode.VALIDATION_FAILED, "unknown currency: " + code);
    }
  }
}
