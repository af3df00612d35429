package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import io.smallrye.mutiny.Uni;

/** Creates a credit package for an active country and publishes its state. */
public interface CreatePackageUseCase {
  Uni<CreditPackage> create(CreatePackageCommand command);
}
