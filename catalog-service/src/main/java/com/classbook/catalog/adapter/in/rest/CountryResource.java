package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.ListCountriesQuery;
import com.classbook.catalog.application.port.in.RegisterCountryUseCase;
import com.classbook.catalog.application.port.in.UpdateCountryUseCase;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Countries: public list, admin create and update. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountryResource {

  private final ListCountriesQuery listCountries;
  private final RegisterCountryUseCase registerCountry;
  private final UpdateCountryUseCase updateCountry;

  public CountryResource(
      ListCountriesQuery listCountries,
      RegisterCountryUseCase registerCountry,
      UpdateCountryUseCase updateCountry) {
    this.listCountries = listCountries;
    this.registerCountry = registerCountry;
    this.updateCountry = updateCountry;
  }

  @GET
  @PermitAll
  public Uni<List<CountryResponse>> list() {
    return listCountries
        .listCountries()
        .map(countries -> countries.stream().map(CountryResponse::from).toList());
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Uni<Response> register(@Valid @NotNull RegisterCountryRequest request) {
    var command = request.toCommand();
    return TransactionRetry.onDeadlock(() -> registerCountry.register(command))
        .map(
            country ->
                Response.created(URI.create("/api/v1/countries/" + country.code().value()))
                    .entity(CountryResponse.from(country))
                    .build());
  }

  @PATCH
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  public Uni<CountryResponse> update(
      @PathParam("code") String code, @Valid @NotNull UpdateCountryRequest request) {
    var command = request.toCommand(code);
    return TransactionRetry.onDeadlock(() -> updateCountry.update(command))
        .map(CountryResponse::from);
  }
}
