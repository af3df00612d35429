package com.classbook.identity.application.service;

import com.classbook.identity.domain.EmailAddress;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.Validate;

/** The account problems the use cases raise, with the statuses the API contract fixes. */
final class Problems {
  private Problems() {}

  static DomainProblem invalidLink() {
    return new DomainProblem(ProblemCode.INVALID_TOKEN, "the link is invalid, used or expired");
  }

  static DomainProblem invalidRefreshToken() {
    return new DomainProblem(
        ProblemCode.INVALID_TOKEN, 401, "the refresh token is invalid, expired or revoked");
  }

  static DomainProblem invalidCredentials() {
    return new DomainProblem(ProblemCode.INVALID_CREDENTIALS, "email or password is wrong");
  }

  static DomainProblem unknownCountry(String code) {
    return new DomainProblem(
        ProblemCode.UNKNOWN_COUNTRY, "country " + code + " is not an active country");
  }

  /** 400 VALIDATION_FAILED unless the text has the shape of an email address. */
  static void requireEmailAddress(String email) {
    Validate.fields()
        .text(email, "email", EmailAddress.MAX_LENGTH)
        .require(
            email == null || email.isBlank() || EmailAddress.isValid(email),
            "email",
            "must be an email address")
        .orThrow();
  }

  static DomainProblem accountNotFound() {
    return new DomainProblem(ProblemCode.NOT_FOUND, "account not found");
  }
}
