package com.classbook.waitlist.domain;

/**
 * What happened to a waitlist entry, as a fact of the domain returned by {@link WaitlistEntry}'s
 * own methods; the messaging adapter maps each one to its versioned integration event.
 */
public sealed interface EntryFact {

  /** The entry as it is after the fact. */
  WaitlistEntry entry();

  /** A member joined the waitlist, their credits held for the class. */
  record Joined(WaitlistEntry entry) implements EntryFact {}

  /** The member left before promotion; the hold was released with a full refund. */
  record Left(WaitlistEntry entry) implements EntryFact {}

  /** The hold became a confirmed booking on a freed seat. */
  record Promoted(WaitlistEntry entry) implements EntryFact {}

  /** The entry could no longer be promoted; its hold was released with a full refund. */
  record Refunded(WaitlistEntry entry) implements EntryFact {}
}
