package com.classbook.platform.probe;

import com.classbook.platform.inbox.Inbox;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Test-only inbox-backed consumer: each event should have exactly one effect. */
@ApplicationScoped
public class ProbeConsumer {
  private final Inbox inbox;
  private final OutboxWriter outbox;

  public ProbeConsumer(Inbox inbox, OutboxWriter outbox) {
    this.inbox = inbox;
    this.outbox = outbox;
  }

  @Incoming("probe-in")
  public Uni<Void> consume(String json) {
    return inbox.handleOnce(
        "probe",
        json,
        envelope -> ProbeResource.effect(outbox, envelope.data().get("ref").asText()));
  }
}
