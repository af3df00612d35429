package com.classbook.identity.application.port.in;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.PasswordPolicy;
import com.classbook.identity.domain.PersonName;
import com.classbook.kernel.problem.Validate;
import com.classbook.kernel.value.CountryCode;

/** A self-registration request from a client address; validates its fields on construction. */
public record RegisterUserCommand(
    String email,
    String password,
    String firstName,
    String lastName,
    String countryCode,
    String clientAddress) {

  public RegisterUserCommand {
    Validate.fields()
        .require(email != null && !email.isBlank(), "email", "must not be blank")
        .maxLength(email, "email", EmailAddress.MAX_LENGTH)
        .require(
            email == null || email.isBlank() || EmailAddress.isValid(email),
            "email",
            "must be an email address")
        .require(
            PasswordPolicy.violation(password).isEmpty(),
            "password",
            PasswordPolicy.violation(password).orElse(""))
        .require(
            PersonName.isValid(firstName), "firstName", PersonName.violation(firstName).orElse(""))
        .require(
            PersonName.isValid(lastName), "lastName", PersonName.violation(lastName).orElse(""))
        .require(
            CountryCode.isValid(countryCode),
            "countryCode",
            "must be an ISO 3166-1 alpha-2 country code")
        .orThrow();
    email = EmailAddress.canonical(email);
    firstName = PersonName.normalize(firstName);
    lastName = PersonName.normalize(lastName);
    countryCode = new CountryCode(countryCode).value();
    clientAddress = ClientAddress.orUnknown(clientAddress);
  }
}
