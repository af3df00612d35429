package com.classbook.platform.probe;

import com.classbook.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Test-only inbox-backed consumer: each event should have exactly one effect. */
@ApplicationScoped
public class ProbeConsumer {
  private final Inbox inbox;

  public ProbeConsumer(Inbox inbox) {
    this.inbox = inbox;
  }

  @Incoming("probe-in")
  public Uni<Void> consume(String json) {
    return inbox.handleOnce(
        "probe", json, envelope -> ProbeResource.insert(envelope.data().get("ref").asText()));
  }
}
