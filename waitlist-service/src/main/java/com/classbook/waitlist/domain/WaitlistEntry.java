package com.classbook.waitlist.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's place in one class's waitlist, backed by a credit hold (a WAITLISTED booking) in the
 * booking service.
 *
 * @param joinSeq strictly increasing across all entries; orders the queue (0 until stored)
 * @param positionAtJoin the 1-based position the member had when joining (the live position is
 *     computed from the queue)
 */
public record WaitlistEntry(
    String id,
    String userId,
    String classId,
    String bookingId,
    long joinSeq,
    Instant joinedAt,
    int positionAtJoin,
    EntryStatus status,
    Instant promotedAt,
    boolean refunded,
    Instant endedAt) {

  public WaitlistEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(classId, "classId");
    Objects.requireNonNull(joinedAt, "joinedAt");
    Objects.requireNonNull(status, "status");
  }

  /** A new entry that waits; its hold and queue sequence are attached when stored. */
  public static WaitlistEntry join(String id, String userId, String classId, Instant now) {
    return new WaitlistEntry(
        id, userId, classId, null, 0, now, 0, EntryStatus.WAITING, null, false, null);
  }

  public WaitlistEntry holding(String holdBookingId, long seq, int position) {
    return new WaitlistEntry(
        id,
        userId,
        classId,
        holdBookingId,
        seq,
        joinedAt,
        position,
        status,
        promotedAt,
        refunded,
        endedAt);
  }

  /** The stored entry got its credit hold: the member has joined, {@code position} in line. */
  public EntryFact.Joined heldBy(String holdBookingId, int position) {
    return new EntryFact.Joined(holding(holdBookingId, joinSeq, position));
  }

  /** The member leaves before promotion; the hold is released with a full refund. */
  public EntryFact.Left leave(Instant now) {
    requireWaiting();
    return new EntryFact.Left(ended(EntryStatus.LEFT, null, true, now));
  }

  /** The hold became a confirmed booking on a freed seat. */
  public EntryFact.Promoted promote(Instant now) {
    requireWaiting();
    return new EntryFact.Promoted(ended(EntryStatus.PROMOTED, now, false, now));
  }

  /** The entry can no longer be promoted; its hold was released with a full refund. */
  public EntryFact.Refunded refund(Instant now) {
    requireWaiting();
    return new EntryFact.Refunded(ended(EntryStatus.REFUNDED, null, true, now));
  }

  public boolean isWaiting() {
    return status == EntryStatus.WAITING;
  }

  public boolean ownedBy(String memberId) {
    return userId.equals(memberId);
  }

  private void requireWaiting() {
    if (!isWaiting()) {
      throw new DomainProblem(ProblemCode.NOT_WAITING, "the waitlist entry is " + status);
    }
  }

  private WaitlistEntry ended(
      EntryStatus next, Instant promotedTime, boolean isRefunded, Instant now) {
    return new WaitlistEntry(
        id,
        userId,
        classId,
        bookingId,
        joinSeq,
        joinedAt,
        positionAtJoin,
        next,
        promotedTime,
        isRefunded,
        now);
  }
}
