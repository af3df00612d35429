package com.classbook.booking.application.port.out;

import com.classbook.kernel.value.Money;
import io.smallrye.mutiny.Uni;

/** Charges members for packages through a card processor (AddPaymentCard / PaymentCharge). */
public interface PaymentGateway {

  /** Registers the member's card token and returns the card reference to charge. */
  Uni<String> addPaymentCard(String userId, String token);

  /**
   * Charges the card once per {@code idempotencyRef}: a retry with the same reference is the same
   * charge. Returns the transaction id; fails with 402 PAYMENT_FAILED when the card is refused and
   * with 503 PAYMENT_PROVIDER_UNAVAILABLE when the processor gave no answer.
   */
  Uni<String> charge(String userId, String card, Money amount, String idempotencyRef);
}
