package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdatePackageCommand;
import java.math.BigDecimal;

/** Body of PATCH /api/v1/packages/{id}; absent fields stay unchanged. */
public record UpdatePackageRequest(String name, BigDecimal price, Boolean active) {
  UpdatePackageCommand toCommand(String id) {
    return new UpdatePackageCommand(id, name, price, active);
  }
}
