package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import io.smallrye.mutiny.Uni;

/** Adds a country to the catalog and publishes its state. */
public interface RegisterCountryUseCase {
  Uni<Country> register(RegisterCountryCommand command);
}
