package com.classbook.identity.adapter.in.rest;

import com.classbook.kernel.problem.ValidationProblem;

/** Request DTOs of the identity API; fields clients must not set (id, role, ...) do not exist. */
final class Requests {
  private Requests() {}

  /** A missing JSON body is a validation failure, never a null pointer. */
  static <T> T required(T body) {
    if (body == null) {
      throw ValidationProblem.of("body", "a JSON body is required");
    }
    return body;
  }

  record Register(
      String email, String password, String firstName, String lastName, String countryCode) {}

  record Token(String token) {}

  record Email(String email) {}

  record Login(String email, String password) {}

  record RefreshToken(String refreshToken) {}

  record ResetPassword(String token, String newPassword) {}

  record UpdateProfile(String firstName, String lastName, String countryCode) {}

  record ChangePassword(String currentPassword, String newPassword) {}

  record ChangeRole(String role) {}
}
