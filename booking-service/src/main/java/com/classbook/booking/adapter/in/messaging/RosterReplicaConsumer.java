package com.classbook.booking.adapter.in.messaging;

import com.classbook.booking.application.port.in.SyncRosterReplicasUseCase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the roster's replicas, members' names from identity's users topic and the waitlist's
 * entries from its entries topic, a polled batch per transaction; the inbox gives each event one
 * effect. A batch that fails is handled one event at a time, each retried a few times and then
 * skipped, like the catalog's replicas.
 */
@ApplicationScoped
public class RosterReplicaConsumer {

  private static final Logger LOG = Logger.getLogger(RosterReplicaConsumer.class);
  private static final String MEMBER_NAMES = "booking-member-names";
  private static final String WAITLIST_REPLICA = "booking-waitlist-replica";
  private static final int ATTEMPTS = 20;

  private final Inbox inbox;
  private final SyncRosterReplicasUseCase sync;

  public RosterReplicaConsumer(Inbox inbox, SyncRosterReplicasUseCase sync) {
    this.inbox = inbox;
    this.sync = sync;
  }

  @Incoming("identity-users")
  public Uni<Void> onUsers(List<String> batch) {
    return inbox
        .handleBatchOnce(MEMBER_NAMES, batch, this::applyUser, this::onUser)
        .replaceWithVoid();
  }

  @Incoming("waitlist-entries")
  public Uni<Void> onWaitlistEntries(List<String> batch) {
    return inbox
        .handleBatchOnce(WAITLIST_REPLICA, batch, this::applyEntry, this::onWaitlistEntry)
        .replaceWithVoid();
  }

  private Uni<Void> onUser(String json) {
    return inbox
        .handleOnce(MEMBER_NAMES, json, this::applyUser)
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("user", failure));
  }

  private Uni<Void> onWaitlistEntry(String json) {
    return inbox
        .handleOnce(WAITLIST_REPLICA, json, this::applyEntry)
        .onFailure()
        .retry()
        .atMost(ATTEMPTS)
        .onFailure()
        .recoverWithUni(failure -> skip("waitlist entry", failure));
  }

  private Uni<Void> applyUser(EventEnvelope envelope) {
    return sync.applyUser(envelope.dataAs(UserEvent.class));
  }

  private Uni<Void> applyEntry(EventEnvelope envelope) {
    return sync.applyWaitlistEntry(envelope.dataAs(WaitlistEvent.class), envelope.time());
  }

  private static Uni<Void> skip(String what, Throwable failure) {
    LOG.errorf(failure, "%s event could not be applied after %d attempts", what, ATTEMPTS);
    return Uni.createFrom().voidItem();
  }
}
