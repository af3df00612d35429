package com.classbook.platform.probe;

import com.classbook.kernel.event.EventEnvelope;
import com.classbook.platform.inbox.Inbox;
import com.classbook.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Test-only endpoint that hands a list of records to the inbox as one polled batch; an event whose
 * ref starts with "fail" fails its effect, and the one-by-one path then skips it.
 */
@Path("/probe/inbox-batch")
public class InboxBatchProbeResource {

  private final Inbox inbox;
  private final OutboxWriter outbox;

  public InboxBatchProbeResource(Inbox inbox, OutboxWriter outbox) {
    this.inbox = inbox;
    this.outbox = outbox;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<Map<String, Boolean>> handle(List<String> records) {
    return inbox
        .handleBatchOnce("probe-batch", records, this::effect, this::alone)
        .map(inOneTransaction -> Map.of("inOneTransaction", inOneTransaction));
  }

  private Uni<Void> alone(String json) {
    return inbox.handleOnce("probe-batch", json, this::effect).onFailure().recoverWithNull();
  }

  private Uni<Void> effect(EventEnvelope event) {
    String ref = event.data().get("ref").asText();
    Uni<Void> insert = ProbeResource.effect(outbox, ref);
    return ref.startsWith("fail")
        ? insert.chain(() -> Uni.createFrom().failure(new IllegalStateException("probe failure")))
        : insert;
  }
}
