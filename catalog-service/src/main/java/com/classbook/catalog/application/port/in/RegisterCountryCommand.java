package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.problem.Validate;
import com.classbook.kernel.value.CountryCode;
import java.time.ZoneId;

/** A new country: ISO 3166-1 alpha-2 code, name and IANA time zone. */
public record RegisterCountryCommand(String code, String name, String timeZone) {

  public RegisterCountryCommand {
    Validate.fields()
        .require(CountryCode.isValid(code), "code", "must be an ISO 3166-1 alpha-2 country code")
        .text(name, "name", Country.MAX_NAME)
        .require(Country.isIanaZone(timeZone), "timeZone", "must be an IANA time zone id")
        .orThrow();
  }

  public CountryCode countryCode() {
    return new CountryCode(code);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
