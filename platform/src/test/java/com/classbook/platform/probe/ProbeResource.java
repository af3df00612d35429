package com.classbook.platform.probe;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.idempotency.IdempotentRequests;
import com.classbook.platform.outbox.OutboxWriter;
import com.classbook.platform.reactive.VertxContexts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only endpoints that drive the platform pieces the way a service would. */
@Path("/probe")
public class ProbeResource {

  /** Gates that hold an idempotent action open until the test releases them. */
  public static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

  /**
   * Holds the idempotent action of one ref open: {@code entered} completes once the action runs
   * (its key is claimed), and the action goes on when {@code release} completes.
   */
  public record Gate(CompletableFuture<Void> entered, CompletableFuture<Void> release) {
    public Gate() {
      this(new CompletableFuture<>(), new CompletableFuture<>());
    }
  }

  public record ProbeRequest(@NotBlank @Size(max = 20) String ref) {}

  private final OutboxWriter outbox;
  private final IdempotentRequests idempotency;

  public ProbeResource(OutboxWriter outbox, IdempotentRequests idempotency) {
    this.outbox = outbox;
    this.idempotency = idempotency;
  }

  @POST
  @Path("/outbox/{ref}")
  public Uni<Void> publish(@PathParam("ref") String ref) {
    return Panache.withTransaction(
        () -> outbox.append("platform.probe.v1", ref, "platform.Probe.v1", Map.of("ref", ref)));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Path("/outbox/{ref}/pending")
  public Uni<Long> pending(@PathParam("ref") String ref) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT COUNT(*) FROM outbox_event WHERE event_key = ?1 AND published_at IS NULL",
                                Long.class)
                            .setParameter(1, ref)
                            .getSingleResult()));
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @Path("/outbox/{ref}/traceparent")
  public Uni<String> traceparent(@PathParam("ref") String ref) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT COALESCE(traceparent, '') FROM outbox_event WHERE event_key = ?1",
                                String.class)
                            .setParameter(1, ref)
                            .getSingleResult()));
  }

  /**
   * The effect of a probe event: one probe_effect row; an event whose ref starts with {@code echo-}
   * also writes an event of its own to the outbox, keyed {@code echoed-<ref>}.
   */
  public static Uni<Void> effect(OutboxWriter outbox, String ref) {
    Uni<Void> inserted = insert(ref);
    if (!ref.startsWith("echo-")) {
      return inserted;
    }
    String echoed = "echoed-" + ref;
    return inserted.chain(
        () ->
            outbox.append("platform.probe.v1", echoed, "platform.Probe.v1", Map.of("ref", echoed)));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Path("/effects/{ref}")
  public Uni<Long> effects(@PathParam("ref") String ref) {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "SELECT COUNT(*) FROM probe_effect WHERE ref = ?1", Long.class)
                            .setParameter(1, ref)
                            .getSingleResult()));
  }

  @POST
  @Path("/idempotent")
  public Uni<Response> idempotent(
      @HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull ProbeRequest request) {
    return idempotency.run(
        "probe-caller",
        key,
        request,
        () -> {
          if (request.ref().startsWith("unavailable")) {
            return Uni.createFrom()
                .failure(
                    new DomainProblem(ProblemCode.SERVICE_UNAVAILABLE, "probe dependency down"));
          }
          if (request.ref().startsWith("refuse")) {
            return Uni.createFrom()
                .failure(new DomainProblem(ProblemCode.CLASS_FULL, "probe refused"));
          }
          Gate gate = GATES.get(request.ref());
          CompletableFuture<Void> release =
              gate == null ? CompletableFuture.completedFuture(null) : gate.release();
          if (gate != null) {
            gate.entered().complete(null);
          }
          return VertxContexts.fromStage(() -> release)
              .chain(() -> Panache.withTransaction(() -> insert(request.ref())))
              .map(ignored -> Response.status(201).entity(Map.of("ref", request.ref())).build());
        });
  }

  @GET
  @Path("/boom")
  public Uni<String> boom() {
    return Uni.createFrom().failure(new IllegalStateException("internal detail must not leak"));
  }

  static Uni<Void> insert(String ref) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery("INSERT INTO probe_effect (ref) VALUES (?1)")
                    .setParameter(1, ref)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
