package com.classbook.catalog.domain.creditpackage;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.CountryCode;
import com.classbook.kernel.value.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit package sold in one country: a number of credits for a price, usable for a number of
 * days after purchase.
 */
public final class CreditPackage {
  public static final int MAX_NAME = 100;
  public static final int MAX_CREDITS = 10_000;
  public static final int MAX_VALIDITY_DAYS = 3_650;

  /** Upper bound of a price, whatever the currency; keeps amounts inside the stored precision. */
  public static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

  private final String id;
  private String name;
  private final int credits;
  private Money price;
  private final CountryCode countryCode;
  private final int validityDays;
  private boolean active;
  private final Instant createdAt;
  private long version;

  public CreditPackage(
      String id,
      String name,
      int credits,
      Money price,
      CountryCode countryCode,
      int validityDays,
      boolean active,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = checkedName(name);
    this.credits = checkedRange(credits, "credits", MAX_CREDITS);
    this.price = checkedPrice(price);
    this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
    this.validityDays = checkedRange(validityDays, "validityDays", MAX_VALIDITY_DAYS);
    this.active = active;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Creates a package on sale from {@code now}. */
  public static PackageFact.Created create(
      String id,
      String name,
      int credits,
      Money price,
      CountryCode countryCode,
      int validityDays,
      Instant now) {
    return new PackageFact.Created(
        new CreditPackage(id, name, credits, price, countryCode, validityDays, true, now));
  }

  /** Applies the given changes (null = keep); empty when nothing changed. */
  public Optional<PackageFact.Updated> update(
      String newName, BigDecimal newAmount, Boolean newActive) {
    boolean changed = false;
    if (newName != null && !newName.strip().equals(name)) {
      name = checkedName(newName);
      changed = true;
    }
    if (newAmount != null) {
      Money newPrice = checkedPrice(priced(newAmount, price.currency()));
      if (!newPrice.equals(price)) {
        price = newPrice;
        changed = true;
      }
    }
    if (newActive != null && newActive != active) {
      active = newActive;
      changed = true;
    }
    return changed ? Optional.of(new PackageFact.Updated(this)) : Optional.empty();
  }

  public String id() {
    return id;
  }

  /** The stored version this was read at (0 when new); every saved change advances it. */
  public long version() {
    return version;
  }

  /** Records the stored version this was read at, or advanced to by a save. */
  public CreditPackage atVersion(long storedVersion) {
    this.version = storedVersion;
    return this;
  }

  public String name() {
    return name;
  }

  public int credits() {
    return credits;
  }

  public Money price() {
    return price;
  }

  public CountryCode countryCode() {
    return countryCode;
  }

  public int validityDays() {
    return validityDays;
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw ValidationProblem.of("name", "must be 1 to " + MAX_NAME + " characters");
    }
    return name.strip();
  }

  private static int checkedRange(int value, String field, int max) {
    if (value < 1 || value > max) {
      throw ValidationProblem.of(field, "must be between 1 and " + max);
    }
    return value;
  }

  /**
   * A price in {@code currency}; an amount finer than the currency's minor unit is a field error.
   */
  public static Money priced(BigDecimal amount, String currency) {
    try {
      return new Money(amount, currency);
    } catch (DomainProblem invalid) {
      throw ValidationProblem.of("price", invalid.getMessage());
    }
  }

  private static Money checkedPrice(Money price) {
    Objects.requireNonNull(price, "price");
    if (price.amount().signum() <= 0 || price.amount().compareTo(MAX_PRICE) > 0) {
      throw ValidationProblem.of("price", "must be greater than 0 and at most " + MAX_PRICE);
    }
    return price;
  }
}
