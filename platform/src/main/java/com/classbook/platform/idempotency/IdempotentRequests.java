package com.classbook.platform.idempotency;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.platform.persistence.UtcColumns;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Honours the {@code Idempotency-Key} header of POST endpoints: the first response per caller and
 * key is stored and replayed; a concurrent duplicate gets 409, the same key with another body 422.
 * Keys compare exactly (case-sensitive). A record older than the retention is a new request; a
 * request still IN_PROGRESS after the lease (its instance died before storing the answer) may be
 * taken over by a retry with the same body.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  private final ObjectMapper json;
  private final Clock clock;
  private final Duration retention;
  private final Duration inProgressLease;

  public IdempotentRequests(
      ObjectMapper json,
      Clock clock,
      @ConfigProperty(name = "classbook.idempotency.retention", defaultValue = "PT24H")
          Duration retention,
      @ConfigProperty(name = "classbook.idempotency.in-progress-lease", defaultValue = "PT2M")
          Duration inProgressLease) {
    this.json = json;
    this.clock = clock;
    this.retention = retention;
    this.inProgressLease = inProgressLease;
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
    Claim claim = new Claim(caller, key, now());
    return claim(claim, hash)
        .chain(
            claimed ->
                claimed
                    ? execute(claim, action)
                    : Panache.withSession(() -> existing(caller, key, hash)));
  }

  /**
   * One claim of a key; its time is the claim's token: the record's completion and release apply
   * only while the record still carries it, so a request whose claim was taken over changes
   * nothing.
   */
  private record Claim(String caller, String key, LocalDateTime at) {}

  private Uni<Boolean> claim(Claim claim, String hash) {
    return Panache.withTransaction(
            () ->
                session()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "INSERT IGNORE INTO idempotency_record (caller, idem_key, request_hash, state, created_at)"
                                        + " VALUES (?1, ?2, ?3, 'IN_PROGRESS', ?4)")
                                .setParameter(1, claim.caller())
                                .setParameter(2, claim.key())
                                .setParameter(3, hash)
                                .setParameter(4, claim.at())
                                .executeUpdate()))
        // Its own transaction: the INSERT's shared lock on an existing record is released first,
        // so two retries reaching for the same record queue instead of deadlocking.
        .chain(
            inserted ->
                inserted == 1 ? yes() : Panache.withTransaction(() -> takeOver(claim, hash)));
  }

  /**
   * Claims a key whose record is expired (older than the retention: a new request, whatever its
   * body) or stuck IN_PROGRESS past the lease with the same body (the first attempt's instance died
   * between its action and storing the answer). One conditional update, so of two retries racing
   * for it only one wins: the winner's new claim time no longer matches the condition.
   */
  private Uni<Boolean> takeOver(Claim claim, String hash) {
    return session()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE idempotency_record SET request_hash = ?1, state = 'IN_PROGRESS',"
                            + " status_code = NULL, response_body = NULL, completed_at = NULL,"
                            + " created_at = ?2 WHERE caller = ?3 AND idem_key = ?4"
                            + " AND (created_at < ?5"
                            + " OR (state = 'IN_PROGRESS' AND request_hash = ?1 AND created_at < ?6))")
                    .setParameter(1, hash)
                    .setParameter(2, claim.at())
                    .setParameter(3, claim.caller())
                    .setParameter(4, claim.key())
                    .setParameter(5, claim.at().minus(retention))
                    .setParameter(6, claim.at().minus(inProgressLease))
                    .executeUpdate())
        .map(updated -> updated == 1);
  }

  private Uni<Response> execute(Claim claim, Supplier<Uni<Response>> action) {
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
        .call(failure -> release(claim))
        .chain(
            response ->
                response.getStatus() >= 500
                    // A server-side failure is not an answer to keep: free the key for a retry.
                    ? release(claim).replaceWith(response)
                    : complete(claim, response).replaceWith(response));
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

  private Uni<Void> complete(Claim claim, Response response) {
    String body = serialise(response.getEntity());
    return Panache.withTransaction(
            () ->
                session()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "UPDATE idempotency_record SET state = 'DONE', status_code = ?1,"
                                        + " response_body = ?2, completed_at = ?3 WHERE caller = ?4 AND idem_key = ?5"
                                        + " AND state = 'IN_PROGRESS' AND created_at = ?6")
                                .setParameter(1, response.getStatus())
                                .setParameter(2, body)
                                .setParameter(3, now())
                                .setParameter(4, claim.caller())
                                .setParameter(5, claim.key())
                                .setParameter(6, claim.at())
                                .executeUpdate()))
        .replaceWithVoid();
  }

  private Uni<Void> release(Claim claim) {
    return Panache.withTransaction(
            () ->
                session()
                    .chain(
                        s ->
                            s.createNativeQuery(
                                    "DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2"
                                        + " AND state = 'IN_PROGRESS' AND created_at = ?3")
                                .setParameter(1, claim.caller())
                                .setParameter(2, claim.key())
                                .setParameter(3, claim.at())
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

  /** Microseconds, as DATETIME(6) stores them: a claim time read back compares equal. */
  private LocalDateTime now() {
    return UtcColumns.toColumn(clock.instant()).truncatedTo(ChronoUnit.MICROS);
  }

  private static Uni<Boolean> yes() {
    return Uni.createFrom().item(Boolean.TRUE);
  }
}
