package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.RegisterCountryCommand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/countries. */
public record RegisterCountryRequest(
    @Schema(example = "VN") String code,
    @Schema(example = "Vietnam") String name,
    @Schema(example = "Asia/Ho_Chi_Minh") String timeZone) {
  RegisterCountryCommand toCommand() {
    return new RegisterCountryCommand(code, name, timeZone);
  }
}
