package com.classbook.catalog.adapter.in.rest;

import com.classbook.catalog.application.port.in.UpdatePackageCommand;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PATCH /api/v1/packages/{id}; absent fields stay unchanged. */
public record UpdatePackageRequest(
    @Schema(example = "10 credits") String name,
    @Schema(example = "89.00") BigDecimal price,
    @Schema(example = "false") Boolean active) {
  UpdatePackageCommand toCommand(String id) {
    return new UpdatePackageCommand(id, name, price, active);
  }
}
