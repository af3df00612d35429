package com.classbook.catalog.application.port.in;

import com.classbook.catalog.domain.creditpackage.CreditPackage;
import com.classbook.kernel.problem.Validate;
import java.math.BigDecimal;

/**
 * Changes to one package; a null field stays as it is. The currency never changes. With {@code
 * expectedVersion} the change applies only to the package at that version.
 */
public record UpdatePackageCommand(
    String id, String name, BigDecimal price, Boolean active, Long expectedVersion) {

  public UpdatePackageCommand(String id, String name, BigDecimal price, Boolean active) {
    this(id, name, price, active, null);
  }

  public UpdatePackageCommand ifAtVersion(Long version) {
    return new UpdatePackageCommand(id, name, price, active, version);
  }

  public UpdatePackageCommand {
    Validate.fields()
        .require(name == null || !name.isBlank(), "name", "must not be blank")
        .maxLength(name, "name", CreditPackage.MAX_NAME)
        .require(
            price == null || (price.signum() > 0 && price.compareTo(CreditPackage.MAX_PRICE) <= 0),
            "price",
            "must be greater than 0 and at most " + CreditPackage.MAX_PRICE)
        .orThrow();
  }
}
