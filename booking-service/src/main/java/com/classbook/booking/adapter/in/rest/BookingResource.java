package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.BookClassCommand;
import com.classbook.booking.application.port.in.BookClassUseCase;
import com.classbook.booking.application.port.in.CancelBookingCommand;
import com.classbook.booking.application.port.in.CancelBookingUseCase;
import com.classbook.booking.application.port.in.CheckInCommand;
import com.classbook.booking.application.port.in.CheckInUseCase;
import com.classbook.booking.application.port.in.ViewBookingsUseCase;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.idempotency.IdempotentRequests;
import com.classbook.platform.rest.Locations;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Booking, listing, cancelling and checking in. */
@Path("/api/v1")
@RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class BookingResource {

  private static final String BOOKINGS = "/api/v1/bookings";

  private final BookClassUseCase booking;
  private final CancelBookingUseCase cancellation;
  private final CheckInUseCase checkIn;
  private final ViewBookingsUseCase views;
  private final IdempotentRequests idempotency;
  private final CurrentCaller caller;

  public BookingResource(
      BookClassUseCase booking,
      CancelBookingUseCase cancellation,
      CheckInUseCase checkIn,
      ViewBookingsUseCase views,
      IdempotentRequests idempotency,
      CurrentCaller caller) {
    this.booking = booking;
    this.cancellation = cancellation;
    this.checkIn = checkIn;
    this.views = views;
    this.idempotency = idempotency;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/bookings")
  @Operation(operationId = "bookClass", summary = "Book a seat (Idempotency-Key honoured)")
  @APIResponse(
      responseCode = "201",
      description = "the confirmed booking",
      content = @Content(schema = @Schema(implementation = BookingResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "CLASS_NOT_FOUND")
  @APIResponse(
      responseCode = "409",
      description = "CLASS_FULL, ALREADY_BOOKED, SCHEDULE_CONFLICT, REQUEST_IN_PROGRESS")
  @APIResponse(
      responseCode = "422",
      description =
          "CLASS_NOT_BOOKABLE (started, cancelled or inactive), NO_USABLE_PACKAGE,"
              + " INSUFFICIENT_CREDITS, IDEMPOTENCY_KEY_REUSED")
  public Uni<Response> book(
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull BookingRequests.Book body) {
    String userId = caller.id();
    return idempotency
        .run(
            "bookings:" + userId,
            key,
            body,
            () ->
                booking
                    .book(new BookClassCommand(userId, body.classId(), body.userPackageId()))
                    .map(b -> Locations.created(BOOKINGS + "/" + b.id(), RestMapper.booking(b))))
        .map(answer -> Locations.ofCreated(answer, BOOKINGS));
  }

  @GET
  @Path("/me/bookings")
  @Operation(operationId = "listMyBookings", summary = "The member's bookings, by status")
  public Uni<Page<BookingResponse>> myBookings(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return views
        .pageOf(caller.id(), parseStatus(status), request)
        .map(bookings -> bookings.map(RestMapper::booking));
  }

  @GET
  @Path("/bookings/{id}")
  @Operation(operationId = "getBooking", summary = "One of the member's bookings")
  @APIResponse(
      responseCode = "200",
      description = "the booking",
      content = @Content(schema = @Schema(implementation = BookingResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public Uni<BookingResponse> get(@PathParam("id") String id) {
    return views.get(id, caller.id(), caller.isStaff()).map(RestMapper::booking);
  }

  /**
   * A cancellation moves money (the refund), so it honours Idempotency-Key like the other POSTs.
   */
  @POST
  @Path("/bookings/{id}/cancel")
  @Operation(
      operationId = "cancelBooking",
      summary = "Cancel a booking; refunded before the cut-off")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "409", description = "NOT_CANCELLABLE, REQUEST_IN_PROGRESS")
  @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
  @APIResponse(
      responseCode = "200",
      description = "the cancelled booking",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BookingResponse.class)))
  public Uni<Response> cancel(
      @HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") String id) {
    String userId = caller.id();
    return idempotency.run(
        "cancellations:" + userId,
        key,
        Map.of("bookingId", id),
        () ->
            cancellation
                .cancel(new CancelBookingCommand(id, userId, caller.isAdmin()))
                .map(b -> Response.ok(RestMapper.booking(b)).build()));
  }

  @POST
  @Path("/bookings/{id}/check-in")
  @Operation(operationId = "checkIn", summary = "Check in (the owner or STAFF)")
  @APIResponse(
      responseCode = "200",
      description = "the checked-in booking",
      content = @Content(schema = @Schema(implementation = BookingResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "409", description = "CHECK_IN_NOT_OPEN, NOT_CHECKABLE")
  public Uni<BookingResponse> checkIn(@PathParam("id") String id) {
    return checkIn
        .checkIn(new CheckInCommand(id, caller.id(), caller.isStaff()))
        .map(RestMapper::booking);
  }

  private static BookingStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return BookingStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(
          "status", "must be one of CONFIRMED, WAITLISTED, CANCELLED, CHECKED_IN, NO_SHOW");
    }
  }
}
