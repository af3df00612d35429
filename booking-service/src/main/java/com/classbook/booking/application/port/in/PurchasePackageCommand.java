package com.classbook.booking.application.port.in;

import com.classbook.kernel.problem.Validate;

/**
 * Buy one catalog package with the card behind {@code paymentToken}; {@code paymentRef} makes the
 * charge idempotent (derived from the Idempotency-Key when the client sent one).
 */
public record PurchasePackageCommand(
    String userId, String packageId, String paymentToken, String paymentRef) {
  public PurchasePackageCommand {
    Validate.fields()
        .text(userId, "userId", 64)
        .text(packageId, "packageId", 64)
        .text(paymentToken, "paymentToken", 200)
        .text(paymentRef, "paymentRef", 400)
        .orThrow();
  }
}
