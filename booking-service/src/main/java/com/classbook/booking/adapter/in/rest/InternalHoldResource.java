package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.ManageHoldsUseCase;
import com.classbook.booking.application.port.in.PlaceHoldCommand;
import com.classbook.kernel.value.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The internal API of the waitlist service (service tokens only, never routed by the gateway):
 * credit holds and reserved seats.
 */
@Path("/internal/v1")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class InternalHoldResource {

  private final ManageHoldsUseCase holds;

  public InternalHoldResource(ManageHoldsUseCase holds) {
    this.holds = holds;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/holds")
  public Uni<Response> place(@Valid @NotNull Requests.PlaceHold body) {
    return holds
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
      @PathParam("bookingId") String bookingId, @Valid @NotNull Requests.Promote body) {
    return holds.promote(bookingId, body.slotRef()).map(RestMapper::booking);
  }

  @POST
  @Path("/holds/{bookingId}/release")
  public Uni<BookingResponse> release(@PathParam("bookingId") String bookingId) {
    return holds.release(bookingId).map(RestMapper::booking);
  }

  @POST
  @Path("/classes/{classId}/reserved-slots/{slotRef}/release")
  public Uni<SeatCountsResponse> releaseReservedSlot(
      @PathParam("classId") String classId, @PathParam("slotRef") String slotRef) {
    return holds.releaseReservedSlot(classId, slotRef).map(RestMapper::seats);
  }
}
