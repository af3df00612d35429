package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import io.smallrye.mutiny.Uni;

/** Renames, re-prices, deactivates or reactivates a package and publishes its new state. */
public interface UpdatePackageUseCase {
  Uni<CreditPackage> update(UpdatePackageCommand command);
}
