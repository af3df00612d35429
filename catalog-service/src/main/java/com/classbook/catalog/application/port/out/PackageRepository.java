package com.classbook.catalog.application.port.out;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** Stores credit packages. */
public interface PackageRepository {
  /** Reads the package and locks it until the transaction ends, so edits are serialised. */
  Uni<Optional<CreditPackage>> findByIdForUpdate(String id);

  /** Active packages of a country, by credits then id. */
  Uni<List<CreditPackage>> findActiveByCountry(CountryCode country);

  Uni<Void> add(CreditPackage creditPackage);

  Uni<Optional<CreditPackage>> findById(String id);

  /** Writes the changes and advances the package's version (guarded by the version read). */
  Uni<Void> save(CreditPackage creditPackage);
}
