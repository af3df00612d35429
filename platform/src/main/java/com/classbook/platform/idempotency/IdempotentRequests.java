package com.classbook.platform.idempotency;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.platform.problem.Problem;
import com.classbook.platform.reactive.SqlValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Honours the {@code Idempotency-Key} header of POST endpoints: the first response per caller and
 * key is stored and replayed; a concurrent duplicate gets 409, the same key with another body 422.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  private final ObjectMapper json;
  private final Clock clock;

  public IdempotentRequests(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * Runs {@code action} at most once per (caller, key); without a key it simply runs it. Domain
   * refusals are stored like successes; unexpected failures free the key for a retry.
   */
  public Uni<Response> run(
      String caller, String key, Object request, Supplier<Uni<Response>> action) {
    if (key == null) {
      return action.get();
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      return Uni.createFrom()
          .failure(ValidationProblem.of(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
    }
    String hash = hash(request);
    return claim(caller, key, hash)
        .chain(
            claimed ->
                claimed
                    ? execute(caller, key, action)
                    : Panache.withSession(() -> existing(caller, key, hash)));
  }

  private Uni<Boolean> claim(String caller, String key, String hash) {
    return Panache.withTransaction(
        () ->
            session()
                .chain(
                    s ->
                        s.createNativeQuery(
                                "INSERT IGNORE INTO idempotency_record (caller, idem_key, request_hash, state, created_at)"
                                    + " VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4)")
                            .setParameter(1, caller)
                            .setParameter(2, key)
                            .setParameter(3, hash)
                            .setParameter(4, now())
                            .executeUpdate())
                .map(inserted -> inserted == 1));
  }

  private Uni<Response> execute(String caller, String key, Supplier<Uni<Response>> action) {
    return Uni.createFrom()
        .<Response>deferred(action::get)
        .onFailure(DomainProblem.class)
        .recoverWithItem(
            failure -> {
              DomainProblem problem = (DomainProblem) failure;
              List<com.classbook.kernel.problem.FieldViolation> errors =
                  problem instanceof ValidationProblem v ? v.violations() : null;
              return Problem.of(problem.code(), problem.status(), problem.getMessage(), errors)
                  .toResponse();
            })
        .onFailure()
        .call(failure -> release(caller, key))
        .chain(
            response ->
                response.getStatus() >= 500
                    // A server-side failure is not an answer to keep: free the key for a retry.
                    ? release(caller, key).replaceWith(response)
                    : complete(caller, key, response).replaceWith(response));
  }

  private Uni<Response> existing(String caller, String key, String hash) {
    return session()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT request_hash, state, status_code, response_body FROM idempotency_record"
                            + " WHERE caller = ?1 AND idem_key = ?2",
                        Object[].class)
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .getSingleResultOrNull())
        .map(
            row -> {
              if (row == null) {
                throw new DomainProblem(
                    ProblemCode.REQUEST_IN_PROGRESS,
                    "the first request with this key failed; retry");
              }
              if (!hash.equals(SqlValues.text(row[0]))) {
                throw new DomainProblem(
                    ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used with a different request body");
              }
              if (!"DONE".equals(SqlValues.text(row[1]))) {
                throw new DomainProblem(
                    ProblemCode.REQUEST_IN_PROGRESS,
                    "a request with this Idempotency-Key is still being processed");
              }
              int status = ((Number) row[2]).intValue();
              return Response.status(status)
                  .type(status >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                  .entity(SqlValues.text(row[3]))
                  .header(REPLAYED_HEADER, "true")
                  .build();
            });
  }

  private Uni<Void> complete(String caller, String key, Response response) {
    String body = serialise(response.getEntity());
    return Panache.withTransaction(
            () ->
                session()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "UPDATE idempotency_record SET state = 'DONE', status_code = ?1,"
                                        + " response_body = ?2, completed_at = ?3 WHERE caller = ?4 AND idem_key = ?5")
                                .setParameter(1, response.getStatus())
                                .setParameter(2, body)
                                .setParameter(3, now())
                                .setParameter(4, caller)
                                .setParameter(5, key)
                                .executeUpdate()))
        .replaceWithVoid();
  }

  private Uni<Void> release(String caller, String key) {
    return Panache.withTransaction(
            () ->
                session()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'")
                                .setParameter(1, caller)
                                .setParameter(2, key)
                                .executeUpdate()))
        .replaceWithVoid()
        .onFailure()
        .recoverWithNull();
  }

  private String serialise(Object entity) {
    try {
      return entity == null ? "" : json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }

  private String hash(Object request) {
    try {
      byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("request not hashable", e);
    }
  }

  private static Uni<Mutiny.Session> session() {
    return Panache.getSession();
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
