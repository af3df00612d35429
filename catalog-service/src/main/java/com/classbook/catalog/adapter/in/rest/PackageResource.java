package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.CreatePackageUseCase;
import com.classbook.catalog.application.port.in.ListPackagesQuery;
import com.classbook.catalog.application.port.in.UpdatePackageUseCase;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.persistence.TransactionRetry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Credit packages: public list by country, admin create and update (including deactivation). */
@Path("/api/v1/packages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackageResource {

  private final ListPackagesQuery listPackages;
  private final CreatePackageUseCase createPackage;
  private final UpdatePackageUseCase updatePackage;

  public PackageResource(
      ListPackagesQuery listPackages,
      CreatePackageUseCase createPackage,
      UpdatePackageUseCase updatePackage) {
    this.listPackages = listPackages;
    this.createPackage = createPackage;
    this.updatePackage = updatePackage;
  }

  @GET
  @PermitAll
  public Uni<List<PackageResponse>> list(@QueryParam("country") String country) {
    return listPackages
        .listPackages(country)
        .map(packages -> packages.stream().map(PackageResponse::from).toList());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Uni<Response> create(@Valid @NotNull CreatePackageRequest request) {
    var command = request.toCommand();
    return TransactionRetry.onDeadlock(() -> createPackage.create(command))
        .map(
            created ->
                Response.created(URI.create("/api/v1/packages/" + created.id()))
                    .entity(PackageResponse.from(created))
                    .build());
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  public Uni<PackageResponse> update(
      @PathParam("id") String id, @Valid @NotNull UpdatePackageRequest request) {
    var command = request.toCommand(id);
    return TransactionRetry.onDeadlock(() -> updatePackage.update(command))
        .map(PackageResponse::from);
  }
}
