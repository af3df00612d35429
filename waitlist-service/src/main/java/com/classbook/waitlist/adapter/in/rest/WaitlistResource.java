package com.classbook.waitlist.adapter.in.rest;

import com.classbook.kernel.value.Roles;
import com.classbook.platform.idempotency.IdempotentRequests;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The member's waitlist API: join, list with live positions, leave. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
public class WaitlistResource {

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
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> join(
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Valid @NotNull JoinWaitlistRequest request) {
    String userId = jwt.getSubject();
    return idempotency.run(
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
                    view ->
                        Response.status(Response.Status.CREATED)
                            .entity(WaitlistEntryResponse.of(view))
                            .build()));
  }

  @GET
  @Path("/me/waitlist")
  public Uni<List<WaitlistEntryResponse>> mine() {
    return mine.listFor(jwt.getSubject())
        .map(views -> views.stream().map(WaitlistEntryResponse::of).toList());
  }

  @DELETE
  @Path("/waitlist/{id}")
  public Uni<WaitlistEntryResponse> leave(@PathParam("id") String id) {
    return Uni.createFrom()
        .deferred(() -> leave.leave(new LeaveWaitlistCommand(jwt.getSubject(), id)))
        .map(WaitlistEntryResponse::of);
  }
}
