package com.classbook.booking.adapter.out.payment;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.StripeException;
import org.jboss.logging.Logger;

/**
 * Turns Stripe's failures into the API's problems: refused cards are the member's 402, anything
 * that leaves the outcome unknown or is our own misconfiguration is a 503 to retry, never a 500.
 */
final class StripeFailures {

  private static final Logger LOG = Logger.getLogger(StripeFailures.class);

  private StripeFailures() {}

  static DomainProblem problemFor(StripeException failure) {
    if (failure instanceof CardException card) {
      return new DomainProblem(
          ProblemCode.PAYMENT_FAILED,
          "the card was declined"
              + (card.getDeclineCode() == null ? "" : " (" + card.getDeclineCode() + ")"));
    }
    if (failure instanceof IdempotencyException) {
      return new DomainProblem(
          ProblemCode.IDEMPOTENCY_KEY_REUSED,
          "the charge of this Idempotency-Key was made for another amount or card");
    }
    if (failure instanceof InvalidRequestException invalid && isAboutTheCard(invalid)) {
      LOG.infof("Stripe refused the payment method: %s", failure.getMessage());
      return new DomainProblem(
          ProblemCode.PAYMENT_FAILED,
          "the payment token was refused"
              + (invalid.getCode() == null ? "" : " (" + invalid.getCode() + ")"));
    }
    if (failure instanceof AuthenticationException || failure instanceof PermissionException) {
      LOG.errorf("Stripe refused our credentials: %s", failure.getMessage());
    } else {
      LOG.warnf("Stripe call failed: %s", failure.getMessage());
    }
    return unavailable();
  }

  static DomainProblem problemFor(RuntimeException failure) {
    if (failure instanceof DomainProblem problem) {
      return problem;
    }
    LOG.warnf(failure, "unreadable answer from Stripe");
    return unavailable();
  }

  private static boolean isAboutTheCard(InvalidRequestException invalid) {
    String param = invalid.getParam() == null ? "" : invalid.getParam();
    return param.startsWith("payment_method")
        || param.startsWith("card")
        || param.startsWith("token");
  }

  private static DomainProblem unavailable() {
    return new DomainProblem(
        ProblemCode.PAYMENT_PROVIDER_UNAVAILABLE,
        "the payment provider did not answer; nothing was credited. Retry with the same"
            + " Idempotency-Key: it never charges twice");
  }
}
