package com.classbook.waitlist.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/v1/waitlist. */
public record JoinWaitlistRequest(
    @NotBlank @Size(max = 64) String classId, @Size(min = 1, max = 64) String userPackageId) {}
