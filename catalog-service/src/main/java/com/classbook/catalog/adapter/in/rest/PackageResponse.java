package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.domain.creditpackage.CreditPackage;

/** A package as the API shows it; the price is an exact decimal string in the currency's unit. */
public record PackageResponse(
    String id,
    String name,
    int credits,
    String price,
    String currency,
    String countryCode,
    int validityDays,
    boolean active) {

  static PackageResponse from(CreditPackage p) {
    return new PackageResponse(
        p.id(),
        p.name(),
        p.credits(),
        p.price().amount().toPlainString(),
        p.price().currency(),
        p.countryCode().value(),
        p.validityDays(),
        p.active());
  }
}
