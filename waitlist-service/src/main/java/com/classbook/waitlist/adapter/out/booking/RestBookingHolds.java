package com.classbook.waitlist.adapter.out.booking;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.reactive.VertxContexts;
import com.classbook.waitlist.application.port.out.BookingHolds;
import com.classbook.waitlist.application.port.out.ServiceTokens;
import com.classbook.waitlist.domain.PromotionOutcome;
import com.classbook.waitlist.domain.ReleaseOutcome;
import com.classbook.waitlist.domain.SlotReleaseOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls the booking service's internal hold API with a service token. Connection failures and 5xx
 * answers are retried with backoff (every call is idempotent there); a rejected token is renewed
 * once; any other answer is mapped to an outcome or a problem.
 */
@ApplicationScoped
public class RestBookingHolds implements BookingHolds {

  private static final Logger LOG = Logger.getLogger(RestBookingHolds.class);
  // The refusals a member may see unchanged when joining (API: POST /api/v1/waitlist).
  private static final Set<ProblemCode> JOIN_REFUSALS =
      Set.of(
          ProblemCode.CLASS_NOT_FOUND,
          ProblemCode.CLASS_NOT_FULL,
          ProblemCode.ALREADY_WAITLISTED,
          ProblemCode.ALREADY_BOOKED,
          ProblemCode.SCHEDULE_CONFLICT,
          ProblemCode.CLASS_NOT_BOOKABLE,
          ProblemCode.NO_USABLE_PACKAGE,
          ProblemCode.INSUFFICIENT_CREDITS,
          ProblemCode.PACKAGE_NOT_FOUND,
          ProblemCode.VALIDATION_FAILED);

  private final BookingApi api;
  private final ServiceTokens tokens;
  private final int attempts;
  private final Duration backoff;

  public RestBookingHolds(
      @RestClient BookingApi api,
      ServiceTokens tokens,
      @ConfigProperty(name = "classbook.booking.retry.attempts", defaultValue = "4") int attempts,
      @ConfigProperty(name = "classbook.booking.retry.backoff", defaultValue = "PT0.2S")
          Duration backoff) {
    this.api = api;
    this.tokens = tokens;
    this.attempts = attempts;
    this.backoff = backoff;
  }

  @Override
  public Uni<Hold> placeHold(HoldRequest request) {
    return call(
            "place hold " + request.requestId(),
            bearer ->
                api.placeHold(
                    bearer,
                    new BookingApi.PlaceHoldJson(
                        request.requestId(),
                        request.userId(),
                        request.classId(),
                        request.userPackageId())))
        .map(
            json ->
                new Hold(
                    json.bookingId(),
                    json.classId(),
                    json.userId(),
                    json.userPackageId(),
                    json.creditsUsed()))
        .onFailure(BookingCallFailure.class)
        .transform(failure -> refusal((BookingCallFailure) failure));
  }

  @Override
  public Uni<PromotionOutcome> promote(String holdBookingId, String slotRef) {
    return call(
            "promote hold " + holdBookingId,
            bearer -> api.promote(bearer, holdBookingId, new BookingApi.PromoteJson(slotRef)))
        .map(ok -> PromotionOutcome.PROMOTED)
        .onFailure(BookingCallFailure.class)
        .recoverWithUni(
            failure -> {
              BookingCallFailure answer = (BookingCallFailure) failure;
              if (answer.is(409, "NOT_WAITING")) {
                return item(PromotionOutcome.HOLD_NOT_WAITING);
              }
              if (answer.is(409, "SLOT_NOT_RESERVED")) {
                return item(PromotionOutcome.SLOT_NOT_RESERVED);
              }
              if (answer.is(422, "CLASS_NOT_BOOKABLE")) {
                return item(PromotionOutcome.CLASS_NOT_BOOKABLE);
              }
              if (answer.is(404, null)) {
                return item(PromotionOutcome.HOLD_NOT_FOUND);
              }
              return unexpected(answer);
            });
  }

  @Override
  public Uni<ReleaseOutcome> release(String holdBookingId) {
    return call("release hold " + holdBookingId, bearer -> api.release(bearer, holdBookingId))
        .map(ok -> ReleaseOutcome.RELEASED)
        .onFailure(BookingCallFailure.class)
        .recoverWithUni(
            failure -> {
              BookingCallFailure answer = (BookingCallFailure) failure;
              if (answer.is(409, "NOT_WAITING")) {
                return item(ReleaseOutcome.ALREADY_PROMOTED);
              }
              if (answer.is(404, null)) {
                return item(ReleaseOutcome.HOLD_NOT_FOUND);
              }
              return unexpected(answer);
            });
  }

  @Override
  public Uni<SlotReleaseOutcome> releaseReservedSlot(String classId, String slotRef) {
    return call(
            "release reserved seat " + slotRef,
            bearer -> api.releaseReservedSlot(bearer, classId, slotRef))
        .map(ok -> SlotReleaseOutcome.RELEASED)
        .onFailure(BookingCallFailure.class)
        .recoverWithItem(
            failure -> {
              BookingCallFailure answer = (BookingCallFailure) failure;
              if (!answer.is(409, "SLOT_NOT_RESERVED")) {
                // Refused for good (unknown class or seat): retrying cannot hand it back either.
                LOG.warnf(
                    "reserved seat %s of class %s: %s", slotRef, classId, answer.getMessage());
              }
              return SlotReleaseOutcome.NOT_RESERVED;
            });
  }

  @Override
  public Uni<List<WaitingHold>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String after, int limit) {
    return call(
            "list waiting holds",
            bearer ->
                api.waitingHolds(
                    bearer, placedBefore.toString(), classStartsBefore.toString(), after, limit))
        .map(
            page ->
                page.stream()
                    .map(h -> new WaitingHold(h.bookingId(), h.requestId(), h.classId()))
                    .toList())
        .onFailure(BookingCallFailure.class)
        .transform(failure -> new Unavailable("listing holds refused: " + failure, failure));
  }

  @Override
  public Uni<List<ReservedSeat>> reservedSeats(Instant createdBefore, String after, int limit) {
    return call(
            "list reserved seats",
            bearer -> api.reservedSeats(bearer, createdBefore.toString(), after, limit))
        .map(page -> page.stream().map(s -> new ReservedSeat(s.slotRef(), s.classId())).toList())
        .onFailure(BookingCallFailure.class)
        .transform(
            failure -> new Unavailable("listing reserved seats refused: " + failure, failure));
  }

  private <T> Uni<T> call(String what, Function<String, Uni<T>> request) {
    Uni<T> once =
        Uni.createFrom()
            .deferred(() -> tokens.accessToken().chain(token -> request.apply("Bearer " + token)));
    Uni<T> withFreshToken =
        once.onFailure(f -> f instanceof BookingCallFailure b && b.status() == 401)
            .recoverWithUni(
                () -> {
                  tokens.invalidate();
                  return once;
                });
    return VertxContexts.resumeOnCaller(
        withFreshToken
            .onFailure(RestBookingHolds::isTransient)
            .retry()
            .withBackOff(backoff, backoff.multipliedBy(10))
            .atMost(attempts - 1L)
            .onFailure(RestBookingHolds::isTransient)
            .transform(
                failure ->
                    new Unavailable(
                        "booking service unavailable: " + what + ": " + failure.getMessage(),
                        failure)));
  }

  /** Anything but a definite 4xx answer may succeed on a retry. */
  private static boolean isTransient(Throwable failure) {
    return !(failure instanceof BookingCallFailure answer) || answer.status() >= 500;
  }

  private static RuntimeException refusal(BookingCallFailure answer) {
    ProblemCode code = parse(answer.code());
    if (code != null && JOIN_REFUSALS.contains(code)) {
      return new DomainProblem(code, answer.status(), answer.detail());
    }
    LOG.errorf("unexpected answer to a hold request: %s", answer.getMessage());
    return new Unavailable("booking service refused the hold unexpectedly", answer);
  }

  private static ProblemCode parse(String code) {
    try {
      return code == null ? null : ProblemCode.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static <T> Uni<T> item(T value) {
    return Uni.createFrom().item(value);
  }

  private static <T> Uni<T> unexpected(BookingCallFailure answer) {
    LOG.errorf("unexpected answer of the booking service: %s", answer.getMessage());
    return Uni.createFrom()
        .failure(new Unavailable("unexpected answer of the booking service", answer));
  }
}
