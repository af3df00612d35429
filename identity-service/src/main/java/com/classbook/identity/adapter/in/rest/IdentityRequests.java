package com.classbook.identity.adapter.in.rest;

import com.classbook.kernel.problem.ValidationProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request DTOs of the identity API; fields clients must not set (id, role, ...) do not exist. */
final class IdentityRequests {
  private IdentityRequests() {}

  /** A missing JSON body is a validation failure, never a null pointer. */
  static <T> T required(T body) {
    if (body == null) {
      throw ValidationProblem.of("body", "a JSON body is required");
    }
    return body;
  }

  record Register(
      @Schema(example = "member@example.com") String email,
      @Schema(example = "Member123456!") String password,
      @Schema(example = "Mia") String firstName,
      @Schema(example = "Tan") String lastName,
      @Schema(example = "SG") String countryCode) {}

  record Token(@Schema(example = "the token=... value of the mail's link") String token) {}

  record Email(@Schema(example = "member@example.com") String email) {}

  record Login(
      @Schema(example = "demo@example.com") String email,
      @Schema(example = "Demo123456!") String password) {}

  record RefreshToken(@Schema(example = "the refreshToken of the login") String refreshToken) {}

  record ResetPassword(
      @Schema(example = "the token=... value of the mail's link") String token,
      @Schema(example = "Another123456!") String newPassword) {}

  record UpdateProfile(
      @Schema(example = "Mia") String firstName,
      @Schema(example = "Tan") String lastName,
      @Schema(example = "MY") String countryCode) {}

  record ChangePassword(
      @Schema(example = "Member123456!") String currentPassword,
      @Schema(example = "Another123456!") String newPassword) {}

  record ChangeRole(@Schema(example = "STAFF") String role) {}
}
