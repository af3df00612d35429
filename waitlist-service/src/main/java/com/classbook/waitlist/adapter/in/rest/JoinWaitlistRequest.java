package com.classbook.waitlist.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/waitlist. */
public record JoinWaitlistRequest(
    @Schema(example = "5d0a8a8e-1b7e-4f0c-8a7e-2f4b9c6d1e22") @NotBlank @Size(max = 64)
        String classId,
    @Schema(description = "optional: the package to pay with; else the one expiring first")
        @Size(min = 1, max = 64)
        String userPackageId) {}
