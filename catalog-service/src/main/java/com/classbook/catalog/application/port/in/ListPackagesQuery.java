package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Lists the active packages members of a country can buy. */
public interface ListPackagesQuery {
  /** Active packages of {@code countryCode}; 400 when the country is not in the catalog. */
  Uni<List<CreditPackage>> listPackages(String countryCode);
}
