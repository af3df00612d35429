package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import io.smallrye.mutiny.Uni;

/** Changes a country's name, time zone or active flag and publishes its new state. */
public interface UpdateCountryUseCase {
  Uni<Country> update(UpdateCountryCommand command);
}
