package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.PlaceHoldCommand;
import com.classbook.booking.application.port.in.PlaceHoldUseCase;
import com.classbook.booking.application.port.in.PromoteHoldUseCase;
import com.classbook.booking.application.port.in.ReleaseHoldUseCase;
import com.classbook.booking.application.port.in.ReleaseReservedSeatUseCase;
import com.classbook.booking.application.port.in.WaitlistReconciliationQuery;
import com.classbook.kernel.value.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The internal API of the waitlist service (service tokens only, never routed by the gateway):
 * credit holds and reserved seats, and the reads its reconciliation compares itself with.
 */
@Path("/internal/v1")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class InternalHoldResource {

  private final PlaceHoldUseCase placeHold;
  private final PromoteHoldUseCase promoteHold;
  private final ReleaseHoldUseCase releaseHold;
  private final ReleaseReservedSeatUseCase releaseSeat;
  private final WaitlistReconciliationQuery reconciliation;

  public InternalHoldResource(
      PlaceHoldUseCase placeHold,
      PromoteHoldUseCase promoteHold,
      ReleaseHoldUseCase releaseHold,
      ReleaseReservedSeatUseCase releaseSeat,
      WaitlistReconciliationQuery reconciliation) {
    this.placeHold = placeHold;
    this.promoteHold = promoteHold;
    this.releaseHold = releaseHold;
    this.releaseSeat = releaseSeat;
    this.reconciliation = reconciliation;
  }

  /**
   * WAITLISTED holds placed before {@code placedBefore} or of a class starting before {@code
   * classStartsBefore} (default: none), by booking id after {@code after}, at most {@code limit}.
   */
  @GET
  @Path("/holds")
  public Uni<List<WaitingHoldResponse>> waitingHolds(
      @QueryParam("placedBefore") String placedBefore,
      @QueryParam("classStartsBefore") String classStartsBefore,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    Instant placed = ReconciliationParams.instant(placedBefore, "placedBefore", null);
    Instant starts =
        ReconciliationParams.instant(classStartsBefore, "classStartsBefore", Instant.EPOCH);
    return reconciliation
        .waitingHolds(
            placed, starts, ReconciliationParams.after(after), ReconciliationParams.limit(limit))
        .map(list -> list.stream().map(RestMapper::waitingHold).toList());
  }

  /** Seats still reserved for a promotion, created before {@code createdBefore}. */
  @GET
  @Path("/reserved-slots")
  public Uni<List<ReservedSeatResponse>> reservedSeats(
      @QueryParam("createdBefore") String createdBefore,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    Instant created = ReconciliationParams.instant(createdBefore, "createdBefore", null);
    return reconciliation
        .reservedSeats(
            created, ReconciliationParams.after(after), ReconciliationParams.limit(limit))
        .map(
            list ->
                list.stream()
                    .map(slot -> new ReservedSeatResponse(slot.slotRef(), slot.classId()))
                    .toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/holds")
  public Uni<Response> place(@Valid @NotNull BookingRequests.PlaceHold body) {
    return placeHold
        .place(
            new PlaceHoldCommand(
                body.requestId(), body.userId(), body.classId(), body.userPackageId()))
        .map(
            placement ->
                Response.status(placement.created() ? 201 : 200)
                    .entity(RestMapper.hold(placement.hold()))
                    .build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/holds/{bookingId}/promote")
  public Uni<BookingResponse> promote(
      @PathParam("bookingId") String bookingId, @Valid @NotNull BookingRequests.Promote body) {
    return promoteHold.promote(bookingId, body.slotRef()).map(RestMapper::booking);
  }

  @POST
  @Path("/holds/{bookingId}/release")
  public Uni<BookingResponse> release(@PathParam("bookingId") String bookingId) {
    return releaseHold.release(bookingId).map(RestMapper::booking);
  }

  @POST
  @Path("/classes/{classId}/reserved-slots/{slotRef}/release")
  public Uni<SeatCountsResponse> releaseReservedSlot(
      @PathParam("classId") String classId, @PathParam("slotRef") String slotRef) {
    return releaseSeat.releaseReservedSeat(classId, slotRef).map(RestMapper::seats);
  }
}
