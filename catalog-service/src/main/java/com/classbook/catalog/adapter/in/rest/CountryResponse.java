package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.domain.country.Country;

/** A country as the API shows it. */
public record CountryResponse(String code, String name, String timeZone, boolean active) {
  static CountryResponse from(Country country) {
    return new CountryResponse(
        country.code().value(), country.name(), country.timeZone().getId(), country.active());
  }
}
