package com.classbook.booking.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies; fields a client must not set (user, credits, status) are not read. */
public final class Requests {
  private Requests() {}

  /** POST /api/v1/purchases; the token comes from the card form (a Stripe PaymentMethod id). */
  public record Purchase(
      @NotBlank @Size(max = 64) String packageId, @NotBlank @Size(max = 200) String paymentToken) {}

  /** POST /api/v1/bookings. */
  public record Book(
      @NotBlank @Size(max = 64) String classId, @Size(max = 64) String userPackageId) {}

  /** POST /internal/v1/holds. */
  public record PlaceHold(
      @NotBlank @Size(max = 64) String requestId,
      @NotBlank @Size(max = 64) String userId,
      @NotBlank @Size(max = 64) String classId,
      @Size(max = 64) String userPackageId) {}

  /** POST /internal/v1/holds/{bookingId}/promote. */
  public record Promote(@NotBlank @Size(max = 64) String slotRef) {}
}
