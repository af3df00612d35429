package com.classbook.waitlist.adapter.in.rest;

import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.idempotency.IdempotentRequests;
import com.classbook.platform.rest.Locations;
import com.classbook.waitlist.application.port.in.JoinWaitlistCommand;
import com.classbook.waitlist.application.port.in.JoinWaitlistUseCase;
import com.classbook.waitlist.application.port.in.LeaveWaitlistCommand;
import com.classbook.waitlist.application.port.in.LeaveWaitlistUseCase;
import com.classbook.waitlist.application.port.in.ListMyWaitlistUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The member's waitlist API: join, list with live positions, leave. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
@Cancellable(false)
public class WaitlistResource {

  private static final String ENTRIES = "/api/v1/waitlist";

  private final JoinWaitlistUseCase join;
  private final LeaveWaitlistUseCase leave;
  private final ListMyWaitlistUseCase mine;
  private final IdempotentRequests idempotency;
  private final JsonWebToken jwt;

  public WaitlistResource(
      JoinWaitlistUseCase join,
      LeaveWaitlistUseCase leave,
      ListMyWaitlistUseCase mine,
      IdempotentRequests idempotency,
      JsonWebToken jwt) {
    this.join = join;
    this.leave = leave;
    this.mine = mine;
    this.idempotency = idempotency;
    this.jwt = jwt;
  }

  @POST
  @Path("/waitlist")
  @Operation(
      operationId = "joinWaitlist",
      summary = "Join a full class's waitlist (Idempotency-Key honoured)")
  @APIResponse(
      responseCode = "201",
      description = "the waiting entry with its position; the credits are held",
      content = @Content(schema = @Schema(implementation = WaitlistEntryResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "CLASS_NOT_FOUND")
  @APIResponse(
      responseCode = "409",
      description =
          "CLASS_NOT_FULL, ALREADY_WAITLISTED, ALREADY_BOOKED, SCHEDULE_CONFLICT,"
              + " REQUEST_IN_PROGRESS")
  @APIResponse(
      responseCode = "422",
      description =
          "CLASS_NOT_BOOKABLE, NO_USABLE_PACKAGE, INSUFFICIENT_CREDITS, IDEMPOTENCY_KEY_REUSED")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> join(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull JoinWaitlistRequest request) {
    String userId = jwt.getSubject();
    return idempotency
        .run(
            userId,
            idempotencyKey,
            request,
            () ->
                Uni.createFrom()
                    .deferred(
                        () ->
                            join.join(
                                new JoinWaitlistCommand(
                                    userId, request.classId(), request.userPackageId())))
                    .map(
                        view -> {
                          WaitlistEntryResponse entry = WaitlistEntryResponse.of(view);
                          return Locations.created(ENTRIES + "/" + entry.id(), entry);
                        }))
        .map(answer -> Locations.ofCreated(answer, ENTRIES));
  }

  @GET
  @Path("/me/waitlist")
  @Operation(
      operationId = "listMyWaitlist",
      summary = "The member's waitlist entries with positions")
  public Uni<Page<WaitlistEntryResponse>> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return mine.listFor(jwt.getSubject(), request)
        .map(views -> views.map(WaitlistEntryResponse::of));
  }

  @DELETE
  @Path("/waitlist/{id}")
  @Operation(operationId = "leaveWaitlist", summary = "Leave a waitlist; the held credits return")
  @APIResponse(
      responseCode = "200",
      description = "the entry, now LEFT",
      content = @Content(schema = @Schema(implementation = WaitlistEntryResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "409", description = "NOT_WAITING")
  public Uni<WaitlistEntryResponse> leave(@PathParam("id") String id) {
    return Uni.createFrom()
        .deferred(() -> leave.leave(new LeaveWaitlistCommand(jwt.getSubject(), id)))
        .map(WaitlistEntryResponse::of);
  }
}
