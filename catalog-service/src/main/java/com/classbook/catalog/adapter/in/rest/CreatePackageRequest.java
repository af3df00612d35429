package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.CreatePackageCommand;
import java.math.BigDecimal;

/** Body of POST /api/v1/packages; the price may be a JSON number or a decimal string. */
public record CreatePackageRequest(
    String name,
    Integer credits,
    BigDecimal price,
    String currency,
    String countryCode,
    Integer validityDays) {

  CreatePackageCommand toCommand() {
    return new CreatePackageCommand(name, credits, price, currency, countryCode, validityDays);
  }
}
