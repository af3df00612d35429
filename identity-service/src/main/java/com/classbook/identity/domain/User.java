package com.classbook.identity.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person's account: credentials, profile, verification state and role. */
public final class User {
  public static final int NAME_MAX_LENGTH = 100;

  private final UUID id;
  private final EmailAddress email;
  private String passwordHash;
  private String firstName;
  private String lastName;
  private String countryCode;
  private boolean emailVerified;
  private Role role;
  private final Instant createdAt;
  private Instant updatedAt;
  private final long version;

  public User(
      UUID id,
      EmailAddress email,
      String passwordHash,
      String firstName,
      String lastName,
      String countryCode,
      boolean emailVerified,
      Role role,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    this.countryCode = Objects.requireNonNull(countryCode);
    this.emailVerified = emailVerified;
    this.role = Objects.requireNonNull(role);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.updatedAt = Objects.requireNonNull(updatedAt);
    this.version = version;
  }

  /** A self-registered account: always a member, never verified at birth. */
  public static UserFact.Registered register(
      EmailAddress email,
      String passwordHash,
      String firstName,
      String lastName,
      String countryCode,
      Instant now) {
    now = storable(now);
    return new UserFact.Registered(
        new User(
            UUID.randomUUID(),
            email,
            passwordHash,
            firstName,
            lastName,
            countryCode,
            false,
            Role.MEMBER,
            now,
            now,
            0));
  }

  /** The seeded administrator of a fresh installation. */
  public static UserFact.Registered registerAdministrator(
      EmailAddress email, String passwordHash, String countryCode, Instant now) {
    now = storable(now);
    return new UserFact.Registered(
        new User(
            UUID.randomUUID(),
            email,
            passwordHash,
            "Admin",
            "Classbook",
            countryCode,
            true,
            Role.ADMIN,
            now,
            now,
            0));
  }

  /** Microsecond precision, as stored: the creation answer equals every later read. */
  private static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Marks the email verified; empty when it already was (verification is idempotent). */
  public Optional<UserFact.EmailVerified> verifyEmail(Instant now) {
    if (emailVerified) {
      return Optional.empty();
    }
    emailVerified = true;
    updatedAt = now;
    return Optional.of(new UserFact.EmailVerified(this));
  }

  /** Applies the given profile fields; null means unchanged. Empty when nothing changed. */
  public Optional<UserFact.ProfileUpdated> updateProfile(
      String newFirstName, String newLastName, String newCountryCode, Instant now) {
    boolean changed = false;
    if (newFirstName != null && !newFirstName.equals(firstName)) {
      firstName = newFirstName;
      changed = true;
    }
    if (newLastName != null && !newLastName.equals(lastName)) {
      lastName = newLastName;
      changed = true;
    }
    if (newCountryCode != null && !newCountryCode.equals(countryCode)) {
      countryCode = newCountryCode;
      changed = true;
    }
    if (!changed) {
      return Optional.empty();
    }
    updatedAt = now;
    return Optional.of(new UserFact.ProfileUpdated(this));
  }

  public void changePasswordHash(String newHash, Instant now) {
    passwordHash = Objects.requireNonNull(newHash);
    updatedAt = now;
  }

  /** Gives the user another role, a change of the profile; empty when it is the same role. */
  public Optional<UserFact.ProfileUpdated> changeRole(Role newRole, Instant now) {
    if (role == newRole) {
      return Optional.empty();
    }
    role = Objects.requireNonNull(newRole);
    updatedAt = now;
    return Optional.of(new UserFact.ProfileUpdated(this));
  }

  public UUID id() {
    return id;
  }

  public EmailAddress email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String countryCode() {
    return countryCode;
  }

  public boolean emailVerified() {
    return emailVerified;
  }

  public Role role() {
    return role;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
