package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.CreatePackageCommand;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/packages; the price may be a JSON number or a decimal string. */
public record CreatePackageRequest(
    @Schema(example = "10 credits") String name,
    @Schema(example = "10") Integer credits,
    @Schema(example = "99.00") BigDecimal price,
    @Schema(example = "SGD") String currency,
    @Schema(example = "SG") String countryCode,
    @Schema(example = "30") Integer validityDays) {

  CreatePackageCommand toCommand() {
    return new CreatePackageCommand(name, credits, price, currency, countryCode, validityDays);
  }
}
