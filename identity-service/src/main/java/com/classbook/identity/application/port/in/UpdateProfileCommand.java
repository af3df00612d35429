package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.PersonName;
import com.classbook.kernel.problem.Validate;
import com.classbook.kernel.value.CountryCode;
import java.util.UUID;

/** A partial profile update: null fields stay as they are, present ones must be valid. */
public record UpdateProfileCommand(
    UUID userId, String firstName, String lastName, String countryCode) {
  public UpdateProfileCommand {
    Validate check = Validate.fields();
    if (firstName != null) {
      check.require(
          PersonName.isValid(firstName), "firstName", PersonName.violation(firstName).orElse(""));
    }
    if (lastName != null) {
      check.require(
          PersonName.isValid(lastName), "lastName", PersonName.violation(lastName).orElse(""));
    }
    if (countryCode != null) {
      check.require(
          CountryCode.isValid(countryCode),
          "countryCode",
          "must be an ISO 3166-1 alpha-2 country code");
    }
    check.orThrow();
    firstName = PersonName.normalize(firstName);
    lastName = PersonName.normalize(lastName);
    countryCode = countryCode == null ? null : new CountryCode(countryCode).value();
  }
}
