package com.classbook.identity.domain;

/**
 * What happened to a user's account, as a fact of the domain; the messaging adapter maps each one
 * to its versioned integration event.
 */
public sealed interface UserFact {

  /** The user as it is after the fact. */
  User user();

  /** An account was created: a member registered, or the administrator was seeded. */
  record Registered(User user) implements UserFact {}

  /** The user proved that the email address is theirs. */
  record EmailVerified(User user) implements UserFact {}

  /** Names, home country or role changed. */
  record ProfileUpdated(User user) implements UserFact {}
}
