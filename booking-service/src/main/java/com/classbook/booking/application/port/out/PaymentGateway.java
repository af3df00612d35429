package com.classbook.booking.application.port.out;

import com.classbook.kernel.value.Money;
import io.smallrye.mutiny.Uni;

/** Charges members for packages (AddPaymentCard / PaymentCharge semantics). */
public interface PaymentGateway {

  /** Registers a card token for the member and returns the card reference to charge. */
  Uni<String> addPaymentCard(String userId, String token);

  /**
   * Charges the card (or the member's default card when {@code card} is null) once per {@code
   * idempotencyRef}; returns the transaction id or fails with 402 PAYMENT_FAILED.
   */
  Uni<String> charge(String userId, String card, Money amount, String idempotencyRef);
}
