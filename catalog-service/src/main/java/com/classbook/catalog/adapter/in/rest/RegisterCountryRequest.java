package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.RegisterCountryCommand;

/** Body of POST /api/v1/countries. */
public record RegisterCountryRequest(String code, String name, String timeZone) {
  RegisterCountryCommand toCommand() {
    return new RegisterCountryCommand(code, name, timeZone);
  }
}
