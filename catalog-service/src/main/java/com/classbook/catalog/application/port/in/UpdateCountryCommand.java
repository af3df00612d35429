package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.problem.Validate;
import java.time.ZoneId;

/**
 * Changes to one country; a null field stays as it is. With {@code expectedVersion} the change
 * applies only to the country at that version.
 */
public record UpdateCountryCommand(
    String code, String name, String timeZone, Boolean active, Long expectedVersion) {

  public UpdateCountryCommand(String code, String name, String timeZone, Boolean active) {
    this(code, name, timeZone, active, null);
  }

  public UpdateCountryCommand ifAtVersion(Long version) {
    return new UpdateCountryCommand(code, name, timeZone, active, version);
  }

  public UpdateCountryCommand {
    Validate.fields()
        .require(name == null || !name.isBlank(), "name", "must not be blank")
        .maxLength(name, "name", Country.MAX_NAME)
        .require(
            timeZone == null || Country.isIanaZone(timeZone),
            "timeZone",
            "must be an IANA time zone id")
        .orThrow();
  }

  public ZoneId zone() {
    return timeZone == null ? null : ZoneId.of(timeZone);
  }
}
