package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import io.smallrye.mutiny.Uni;

/** Reads one country by its code, active or not; 404 NOT_FOUND when there is none. */
public interface GetCountryQuery {
  Uni<Country> getCountry(String code);
}
