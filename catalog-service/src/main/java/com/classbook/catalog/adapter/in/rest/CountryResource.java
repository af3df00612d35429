package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.GetCountryQuery;
import com.classbook.catalog.application.port.in.ListCountriesQuery;
import com.classbook.catalog.application.port.in.RegisterCountryUseCase;
import com.classbook.catalog.application.port.in.UpdateCountryUseCase;
import com.classbook.catalog.domain.country.Country;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Countries: public list, admin create and update. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class CountryResource {

  private final ListCountriesQuery listCountries;
  private final RegisterCountryUseCase registerCountry;
  private final UpdateCountryUseCase updateCountry;
  private final GetCountryQuery getCountry;

  public CountryResource(
      ListCountriesQuery listCountries,
      RegisterCountryUseCase registerCountry,
      UpdateCountryUseCase updateCountry,
      GetCountryQuery getCountry) {
    this.getCountry = getCountry;
    this.listCountries = listCountries;
    this.registerCountry = registerCountry;
    this.updateCountry = updateCountry;
  }

  @GET
  @PermitAll
  @Operation(operationId = "listCountries", summary = "The countries")
  public Uni<List<CountryResponse>> list() {
    return listCountries
        .listCountries()
        .map(countries -> countries.stream().map(CountryResponse::from).toList());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "registerCountry", summary = "Add a country")
  @APIResponse(
      responseCode = "201",
      description = "the new country; Location names it",
      content = @Content(schema = @Schema(implementation = CountryResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "409", description = "COUNTRY_EXISTS")
  public Uni<Response> register(@Valid @NotNull RegisterCountryRequest request) {
    var command = request.toCommand();
    return TransactionRetry.onDeadlock(() -> registerCountry.register(command))
        .map(
            country ->
                Locations.created(
                    "/api/v1/countries/" + country.code().value(), CountryResponse.from(country)));
  }

  @GET
  @Path("/{code}")
  @PermitAll
  @Operation(operationId = "getCountry", summary = "One country, active or not")
  @APIResponse(
      responseCode = "200",
      description = "the country; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = CountryResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public Uni<RestResponse<CountryResponse>> read(@PathParam("code") String code) {
    return getCountry.getCountry(code).map(CountryResource::tagged);
  }

  @PATCH
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "updateCountry", summary = "Rename, move time zone, (de)activate")
  @APIResponse(
      responseCode = "200",
      description = "the changed country",
      content = @Content(schema = @Schema(implementation = CountryResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is stale")
  public Uni<RestResponse<CountryResponse>> update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull UpdateCountryRequest request) {
    var command = request.toCommand(code).ifAtVersion(EntityTags.expectedVersion(ifMatch));
    return TransactionRetry.onDeadlock(() -> updateCountry.update(command))
        .map(CountryResource::tagged);
  }

  private static RestResponse<CountryResponse> tagged(Country country) {
    return EntityTags.tagged(CountryResponse.from(country), country.version());
  }
}
