package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.CancelClassUseCase;
import com.classbook.catalog.application.port.in.ClassDetails;
import com.classbook.catalog.application.port.in.GetClassQuery;
import com.classbook.catalog.application.port.in.ListClassesCommand;
import com.classbook.catalog.application.port.in.ListClassesQuery;
import com.classbook.catalog.application.port.in.ScheduleClassUseCase;
import com.classbook.catalog.application.port.in.UpdateClassUseCase;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.persistence.TransactionRetry;
import com.classbook.platform.rest.Locations;
import com.classbook.platform.rest.ShortLivedCache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Class schedules: public listing and read, admin schedule, update and cancel. The public reads are
 * the most frequent requests of every frontend: each instance keeps their answers for {@code
 * classbook.catalog.read-cache-ttl} (1 s), so free seats are at most that much older than the
 * availability view, and says so with {@code Cache-Control: max-age=1}. A read sent with {@code
 * Cache-Control: no-cache} (an admin about to edit) is answered fresh.
 */
@Path("/api/v1/classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class ClassResource {

  private final ListClassesQuery listClasses;
  private final GetClassQuery getClass;
  private final ScheduleClassUseCase scheduleClass;
  private final UpdateClassUseCase updateClass;
  private final CancelClassUseCase cancelClass;
  private final ShortLivedCache<ListClassesCommand, ClassPageResponse> pages;
  private final ShortLivedCache<String, ClassDetails> classes;
  private final String cacheControl;

  public ClassResource(
      ListClassesQuery listClasses,
      GetClassQuery getClass,
      ScheduleClassUseCase scheduleClass,
      UpdateClassUseCase updateClass,
      CancelClassUseCase cancelClass,
      @ConfigProperty(name = "classbook.catalog.read-cache-ttl", defaultValue = "1s")
          Duration readCacheTtl) {
    this.listClasses = listClasses;
    this.getClass = getClass;
    this.scheduleClass = scheduleClass;
    this.updateClass = updateClass;
    this.cancelClass = cancelClass;
    this.pages = new ShortLivedCache<>(readCacheTtl, 10_000);
    this.classes = new ShortLivedCache<>(readCacheTtl, 10_000);
    this.cacheControl = "public, max-age=" + readCacheTtl.toSeconds();
  }

  private static boolean fresh(String requestCacheControl) {
    return requestCacheControl != null && requestCacheControl.contains("no-cache");
  }

  @GET
  @PermitAll
  @Operation(operationId = "listClasses", summary = "Classes of a country by start time, a page")
  @APIResponse(
      responseCode = "200",
      description = "a page of classes",
      content = @Content(schema = @Schema(implementation = ClassPageResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  public Uni<RestResponse<ClassPageResponse>> list(
      @QueryParam("country") String country,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CACHE_CONTROL)
          String requestCacheControl) {
    var command = ListClassesCommand.parse(country, from, to, page, size);
    if (fresh(requestCacheControl)) {
      pages.invalidate(command);
    }
    return pages
        .get(command, () -> listClasses.listClasses(command).map(ClassPageResponse::from))
        .map(
            found ->
                RestResponse.ResponseBuilder.ok(found)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build());
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getClass", summary = "One class with its available slots")
  @APIResponse(
      responseCode = "200",
      description = "the class; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = ClassResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public Uni<RestResponse<ClassResponse>> read(
      @PathParam("id") String id,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CACHE_CONTROL)
          String requestCacheControl) {
    if (fresh(requestCacheControl)) {
      classes.invalidate(id);
    }
    return classes
        .get(id, () -> getClass.getClass(id))
        .map(
            details ->
                RestResponse.ResponseBuilder.ok(ClassResponse.from(details))
                    .tag(EntityTags.of(details.schedule().version()))
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "scheduleClass", summary = "Schedule a class")
  @APIResponse(
      responseCode = "201",
      description = "the new class; Location names it",
      content = @Content(schema = @Schema(implementation = ClassResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "422", description = "UNKNOWN_COUNTRY")
  public Uni<Response> schedule(@Valid @NotNull ScheduleClassRequest request) {
    var command = request.toCommand();
    return TransactionRetry.onDeadlock(() -> scheduleClass.schedule(command))
        .invoke(this::forget)
        .map(
            details ->
                Locations.created(
                    "/api/v1/classes/" + details.schedule().id(), ClassResponse.from(details)));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "updateClass", summary = "Change title, description or capacity")
  @APIResponse(
      responseCode = "200",
      description = "the changed class",
      content = @Content(schema = @Schema(implementation = ClassResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "409", description = "CAPACITY_BELOW_BOOKED")
  @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale")
  public Uni<RestResponse<ClassResponse>> update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateClassRequest request) {
    var command = request.toCommand(id).ifAtVersion(EntityTags.expectedVersion(ifMatch));
    return TransactionRetry.onDeadlock(() -> updateClass.update(command))
        .invoke(this::forget)
        .map(ClassResource::tagged);
  }

  /** After a write of this instance its own kept answers would show the old class: drop them. */
  private void forget(ClassDetails changed) {
    classes.invalidate(changed.schedule().id());
    pages.invalidateAll();
  }

  private static RestResponse<ClassResponse> tagged(ClassDetails details) {
    return EntityTags.tagged(ClassResponse.from(details), details.schedule().version());
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "cancelClass", summary = "Cancel a class; its bookings are refunded")
  @APIResponse(
      responseCode = "200",
      description = "the cancelled class",
      content = @Content(schema = @Schema(implementation = ClassResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public Uni<ClassResponse> cancel(@PathParam("id") String id) {
    return TransactionRetry.onDeadlock(() -> cancelClass.cancel(id))
        .invoke(this::forget)
        .map(ClassResponse::from);
  }
}
