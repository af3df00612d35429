package com.classbook.kernel.event.identity;

import java.util.List;

/** A user's public profile after a change; never carries password material (key = user id). */
public record UserEvent(
    String userId,
    String email,
    String firstName,
    String lastName,
    String countryCode,
    String role,
    boolean emailVerified) {
  public static final String REGISTERED = "identity.UserRegistered.v1";
  public static final String EMAIL_VERIFIED = "identity.UserEmailVerified.v1";
  public static final String PROFILE_UPDATED = "identity.UserProfileUpdated.v1";

  /** The values of {@code role}: identity-service's Role. */
  public static final List<String> ROLES = List.of("MEMBER", "STAFF", "ADMIN");
}
