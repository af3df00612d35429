package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdateCountryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PATCH /api/v1/countries/{code}; absent fields stay unchanged. */
public record UpdateCountryRequest(
    @Schema(example = "Viet Nam") String name,
    String timeZone,
    @Schema(example = "true") Boolean active) {
  UpdateCountryCommand toCommand(String code) {
    return new UpdateCountryCommand(code, name, timeZone, active);
  }
}
