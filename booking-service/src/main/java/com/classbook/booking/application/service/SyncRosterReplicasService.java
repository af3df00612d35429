package com.classbook.booking.application.service;

import com.classbook.booking.application.port.in.SyncRosterReplicasUseCase;
import com.classbook.booking.application.port.out.MemberNames;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.WaitlistReplica;
import com.classbook.booking.domain.MemberName;
import com.classbook.booking.domain.WaitlistPlace;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Applies identity's user events and the waitlist's entry events to the roster's replicas. */
@ApplicationScoped
public class SyncRosterReplicasService implements SyncRosterReplicasUseCase {

  private final TransactionRunner tx;
  private final MemberNames names;
  private final WaitlistReplica waitlist;
  private final Clock clock;

  public SyncRosterReplicasService(
      TransactionRunner tx, MemberNames names, WaitlistReplica waitlist, Clock clock) {
    this.tx = tx;
    this.names = names;
    this.waitlist = waitlist;
    this.clock = clock;
  }

  @Override
  public Uni<Void> applyUser(UserEvent user) {
    MemberName name = new MemberName(user.userId(), user.firstName(), user.lastName());
    return tx.inTransaction(() -> names.upsert(name, clock.instant()));
  }

  @Override
  public Uni<Void> applyWaitlistEntry(WaitlistEvent entry, Instant publishedAt) {
    WaitlistPlace place =
        new WaitlistPlace(
            entry.entryId(),
            entry.userId(),
            entry.classId(),
            entry.bookingId(),
            entry.status(),
            joinedAt(entry, publishedAt));
    return tx.inTransaction(() -> waitlist.upsert(place, clock.instant()));
  }

  /**
   * The event's join time; a join event written before events carried one was written in the join's
   * own transaction, so its time stands in. Other events without one change nothing.
   */
  private static Instant joinedAt(WaitlistEvent entry, Instant publishedAt) {
    if (entry.joinedAt() != null) {
      return entry.joinedAt();
    }
    return WaitlistPlace.WAITING.equals(entry.status()) ? publishedAt : null;
  }
}
