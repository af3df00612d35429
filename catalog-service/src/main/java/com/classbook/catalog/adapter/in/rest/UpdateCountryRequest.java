package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdateCountryCommand;

/** Body of PATCH /api/v1/countries/{code}; absent fields stay unchanged. */
public record UpdateCountryRequest(String name, String timeZone, Boolean active) {
  UpdateCountryCommand toCommand(String code) {
    return new UpdateCountryCommand(code, name, timeZone, active);
  }
}
