package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.country.Country;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Lists every country of the catalog, active or not, by code. */
public interface ListCountriesQuery {
  Uni<List<Country>> listCountries();
}
