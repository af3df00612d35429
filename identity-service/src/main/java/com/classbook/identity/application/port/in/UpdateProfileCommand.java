package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.Validate;
import com.classbook.kernel.value.CountryCode;
import java.util.UUID;

/** A partial profile update: null fields stay as they are, present ones must be valid. */
public record UpdateProfileCommand(
    UUID userId, String firstName, String lastName, String countryCode) {
  public UpdateProfileCommand {
    Validate check = Validate.fields();
    if (firstName != null) {
      check.text(firstName, "firstName", User.NAME_MAX_LENGTH);
    }
    if (lastName != null) {
      check.text(lastName, "lastName", User.NAME_MAX_LENGTH);
    }
    if (countryCode != null) {
      check.require(
          CountryCode.isValid(countryCode),
          "countryCode",
          "must be an ISO 3166-1 alpha-2 country code");
    }
    check.orThrow();
    firstName = firstName == null ? null : firstName.trim();
    lastName = lastName == null ? null : lastName.trim();
    countryCode = countryCode == null ? null : new CountryCode(countryCode).value();
  }
}
