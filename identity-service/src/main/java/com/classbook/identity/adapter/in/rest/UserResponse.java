package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.domain.User;
import java.time.Instant;

/** The public view of an account; never carries credentials. */
public record UserResponse(
    String id,
    String email,
    String firstName,
    String lastName,
    String countryCode,
    boolean emailVerified,
    String role,
    Instant createdAt) {

  static UserResponse of(User user) {
    return new UserResponse(
        user.id().toString(),
        user.email().value(),
        user.firstName(),
        user.lastName(),
        user.countryCode(),
        user.emailVerified(),
        user.role().name(),
        user.createdAt());
  }
}
