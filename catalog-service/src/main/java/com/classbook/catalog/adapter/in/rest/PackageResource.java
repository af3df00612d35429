package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.CreatePackageUseCase;
import com.classbook.catalog.application.port.in.GetPackageQuery;
import com.classbook.catalog.application.port.in.ListPackagesQuery;
import com.classbook.catalog.application.port.in.UpdatePackageUseCase;
import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.persistence.TransactionRetry;
import com.classbook.platform.rest.Locations;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Credit packages: public list by country, admin create and update (including deactivation). */
@Path("/api/v1/packages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class PackageResource {

  private final ListPackagesQuery listPackages;
  private final CreatePackageUseCase createPackage;
  private final UpdatePackageUseCase updatePackage;
  private final GetPackageQuery getPackage;

  public PackageResource(
      ListPackagesQuery listPackages,
      CreatePackageUseCase createPackage,
      UpdatePackageUseCase updatePackage,
      GetPackageQuery getPackage) {
    this.getPackage = getPackage;
    this.listPackages = listPackages;
    this.createPackage = createPackage;
    this.updatePackage = updatePackage;
  }

  @GET
  @PermitAll
  @Operation(operationId = "listPackages", summary = "The active packages of a country")
  @APIResponse(
      responseCode = "200",
      description = "the packages",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = PackageResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: country is required")
  public Uni<List<PackageResponse>> list(@QueryParam("country") String country) {
    return listPackages
        .listPackages(country)
        .map(packages -> packages.stream().map(PackageResponse::from).toList());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "createPackage", summary = "Offer a credit package in a country")
  @APIResponse(
      responseCode = "201",
      description = "the new package; Location names it",
      content = @Content(schema = @Schema(implementation = PackageResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "422", description = "UNKNOWN_COUNTRY")
  public Uni<Response> create(@Valid @NotNull CreatePackageRequest request) {
    var command = request.toCommand();
    return TransactionRetry.onDeadlock(() -> createPackage.create(command))
        .map(
            created ->
                Locations.created(
                    "/api/v1/packages/" + created.id(), PackageResponse.from(created)));
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getPackage", summary = "One package, active or not")
  @APIResponse(
      responseCode = "200",
      description = "the package; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = PackageResponse.class)))
  @APIResponse(responseCode = "404", description = "PACKAGE_NOT_FOUND")
  public Uni<RestResponse<PackageResponse>> read(@PathParam("id") String id) {
    return getPackage.getPackage(id).map(PackageResource::tagged);
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "updatePackage", summary = "Rename, reprice, (de)activate")
  @APIResponse(
      responseCode = "200",
      description = "the changed package",
      content = @Content(schema = @Schema(implementation = PackageResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale")
  public Uni<RestResponse<PackageResponse>> update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdatePackageRequest request) {
    var command = request.toCommand(id).ifAtVersion(EntityTags.expectedVersion(ifMatch));
    return TransactionRetry.onDeadlock(() -> updatePackage.update(command))
        .map(PackageResource::tagged);
  }

  private static RestResponse<PackageResponse> tagged(CreditPackage creditPackage) {
    return EntityTags.tagged(PackageResponse.from(creditPackage), creditPackage.version());
  }
}
