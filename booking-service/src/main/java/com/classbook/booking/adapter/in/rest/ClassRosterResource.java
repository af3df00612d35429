package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.ViewClassRosterUseCase;
import com.classbook.kernel.value.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The class roster for the staff; the gateway routes this one path of /api/v1/classes here. */
@Path("/api/v1/classes")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class ClassRosterResource {

  private final ViewClassRosterUseCase roster;

  public ClassRosterResource(ViewClassRosterUseCase roster) {
    this.roster = roster;
  }

  @GET
  @Path("/{id}/roster")
  @Operation(
      operationId = "getClassRoster",
      summary = "Who is booked on a class and who waits for it (STAFF, ADMIN)")
  @APIResponse(
      responseCode = "200",
      description = "the roster",
      content = @Content(schema = @Schema(implementation = RosterResponse.class)))
  @APIResponse(responseCode = "403", description = "FORBIDDEN: only STAFF and ADMIN")
  @APIResponse(responseCode = "404", description = "CLASS_NOT_FOUND")
  public Uni<RosterResponse> roster(@PathParam("id") String classId) {
    return roster.rosterOf(classId).map(RosterResponse::from);
  }
}
