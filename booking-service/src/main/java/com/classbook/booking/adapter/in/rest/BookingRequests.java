package com.classbook.booking.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies; fields a client must not set (user, credits, status) are not read. */
public final class BookingRequests {
  private BookingRequests() {}

  /** POST /api/v1/purchases; the token comes from the card form (a Stripe PaymentMethod id). */
  public record Purchase(
      @Schema(example = "0f5c4f2e-8d6a-4c1e-9a57-3b2f6f1d2a10") @NotBlank @Size(max = 64)
          String packageId,
      @Schema(example = "tok_visa") @NotBlank @Size(max = 200) String paymentToken) {}

  /** POST /api/v1/bookings. */
  public record Book(
      @Schema(example = "5d0a8a8e-1b7e-4f0c-8a7e-2f4b9c6d1e22") @NotBlank @Size(max = 64)
          String classId,
      @Schema(description = "optional: the package to pay with; else the one expiring first")
          @Size(max = 64)
          String userPackageId) {}

  /** POST /internal/v1/holds. */
  public record PlaceHold(
      @NotBlank @Size(max = 64) String requestId,
      @NotBlank @Size(max = 64) String userId,
      @NotBlank @Size(max = 64) String classId,
      @Size(max = 64) String userPackageId) {}

  /** POST /internal/v1/holds/{bookingId}/promote. */
  public record Promote(@NotBlank @Size(max = 64) String slotRef) {}
}
