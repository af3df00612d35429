package com.classbook.platform.probe;

import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.persistence.DirectTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Test-only endpoints that write through a direct transaction as the booking hot path does. */
@Path("/probe/direct")
public class DirectTransactionProbeResource {

  private final DirectTransactions direct;
  private final OutboxWriter outbox;

  public DirectTransactionProbeResource(DirectTransactions direct, OutboxWriter outbox) {
    this.direct = direct;
    this.outbox = outbox;
  }

  /**
   * One probe_effect row and two events keyed {@code <ref>-first} and {@code <ref>-second}, in one
   * direct transaction; {@code fail} fails the work after all of them were written.
   */
  @POST
  @Path("/{ref}")
  public Uni<Void> write(@PathParam("ref") String ref, @QueryParam("fail") boolean fail) {
    return direct.inTransaction(
        () ->
            DirectTransactions.current()
                .orElseThrow()
                .update("INSERT INTO probe_effect (ref) VALUES (?1)", ref)
                .chain(() -> event(ref + "-first"))
                .chain(() -> event(ref + "-second"))
                .invoke(
                    () -> {
                      if (fail) {
                        throw new IllegalStateException("probe failure after every write");
                      }
                    }));
  }

  /** A direct transaction opened inside another one on the same request. */
  @POST
  @Path("/{ref}/nested")
  public Uni<String> nested(@PathParam("ref") String ref) {
    return direct
        .inTransaction(() -> direct.inTransaction(() -> Uni.createFrom().item("opened")))
        .onFailure(IllegalStateException.class)
        .recoverWithItem(Throwable::getMessage);
  }

  /**
   * The keys of the outbox rows whose key starts with {@code ref}, in the order they were written.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Path("/{ref}/outbox")
  public Uni<List<String>> outboxKeys(@PathParam("ref") String ref) {
    return direct.inSession(
        () ->
            DirectTransactions.current()
                .orElseThrow()
                .rows(
                    "SELECT event_key FROM outbox_event WHERE event_key LIKE ?1 ORDER BY seq",
                    ref + "-%")
                .map(rows -> rows.stream().map(r -> (String) r[0]).toList()));
  }

  private Uni<Void> event(String key) {
    return outbox.append("platform.probe.v1", key, "platform.Probe.v1", Map.of("ref", key));
  }
}
