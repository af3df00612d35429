package com.classbook.booking.adapter.in.messaging;

import com.classbook.booking.application.port.in.SyncRosterReplicasUseCase;
import com.classbook.kernel.event.EventEnvelope;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import com.classbook.platform.inbox.ConsumerPolicy;
import com.classbook.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the roster's replicas, members' names from identity's users topic and the waitlist's
 * entries from its entries topic, a polled batch per transaction; the inbox gives each event one
 * effect. A batch that fails is handled one event at a time under the platform's consumer policy,
 * like the catalog's replicas.
 */
@ApplicationScoped
public class RosterReplicaConsumer {

  static final String MEMBER_NAMES = "booking-member-names";
  static final String WAITLIST_REPLICA = "booking-waitlist-replica";

  private final SyncRosterReplicasUseCase sync;
  private final EventConsumer names;
  private final EventConsumer entries;

  public RosterReplicaConsumer(ConsumerPolicy policy, SyncRosterReplicasUseCase sync) {
    this.sync = sync;
    this.names = policy.consumer(MEMBER_NAMES);
    this.entries = policy.consumer(WAITLIST_REPLICA);
  }

  @Incoming("identity-users")
  public Uni<Void> onUsers(ConsumerRecords<String, String> batch) {
    return names
        .handleBatchOnce(batch, this::applyUser, json -> names.handleOnce(json, this::applyUser))
        .replaceWithVoid();
  }

  @Incoming("waitlist-entries")
  public Uni<Void> onWaitlistEntries(ConsumerRecords<String, String> batch) {
    return entries
        .handleBatchOnce(
            batch, this::applyEntry, json -> entries.handleOnce(json, this::applyEntry))
        .replaceWithVoid();
  }

  private Uni<Void> applyUser(EventEnvelope envelope) {
    return sync.applyUser(envelope.dataAs(UserEvent.class));
  }

  private Uni<Void> applyEntry(EventEnvelope envelope) {
    return sync.applyWaitlistEntry(envelope.dataAs(WaitlistEvent.class), envelope.time());
  }
}
