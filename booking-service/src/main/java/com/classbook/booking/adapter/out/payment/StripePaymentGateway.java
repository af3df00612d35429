package com.classbook.booking.adapter.out.payment;

import com.classbook.booking.application.port.out.PaymentGateway;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.Money;
import com.classbook.platform.reactive.VertxContexts;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodCreateParams;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Charges cards through Stripe PaymentIntents, confirmed in the same call. The Stripe idempotency
 * key is derived from our idempotency reference (itself derived from the purchase's
 * Idempotency-Key), so a retried purchase gets Stripe's first answer instead of a second charge.
 * The Stripe client blocks: calls run on a worker thread and resume on the caller's Vert.x context.
 */
public class StripePaymentGateway implements PaymentGateway {

  /** Prefix of PaymentMethod ids, which browsers create with Stripe.js and send as the token. */
  private static final String PAYMENT_METHOD_PREFIX = "pm_";

  private final StripeClient stripe;

  public StripePaymentGateway(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public Uni<String> addPaymentCard(String userId, String token) {
    if (token.startsWith(PAYMENT_METHOD_PREFIX)) {
      return Uni.createFrom().item(token);
    }
    PaymentMethodCreateParams params =
        PaymentMethodCreateParams.builder()
            .setType(PaymentMethodCreateParams.Type.CARD)
            .setCard(PaymentMethodCreateParams.Token.builder().setToken(token).build())
            .build();
    return StripeCalls.offEventLoop(() -> stripe.paymentMethods().create(params).getId());
  }

  @Override
  public Uni<String> charge(String userId, String card, Money amount, String idempotencyRef) {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(amount.amount().unscaledValue().longValueExact())
            .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
            .setPaymentMethod(card)
            .addPaymentMethodType("card")
            .setConfirm(true)
            .putMetadata("classbook_user_id", userId)
            .build();
    RequestOptions options =
        RequestOptions.builder().setIdempotencyKey(idempotencyKey(idempotencyRef)).build();
    return StripeCalls.offEventLoop(() -> stripe.paymentIntents().create(params, options))
        .map(StripePaymentGateway::transactionId);
  }

  /**
   * The Stripe idempotency key of a charge: a digest, because our reference may exceed Stripe's 255
   * characters and need not be shown to Stripe.
   */
  public static String idempotencyKey(String idempotencyRef) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyRef.getBytes(StandardCharsets.UTF_8));
      return "classbook-charge-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String transactionId(PaymentIntent intent) {
    String status = intent.getStatus() == null ? "unknown" : intent.getStatus();
    return switch (status) {
      case "succeeded" -> intent.getId();
      case "processing" ->
          throw new DomainProblem(
              ProblemCode.PAYMENT_PROVIDER_UNAVAILABLE,
              "the payment is still being processed; retry with the same Idempotency-Key");
      case "requires_action" ->
          throw new DomainProblem(
              ProblemCode.PAYMENT_FAILED,
              "the card needs an authentication step that this purchase cannot perform");
      default ->
          throw new DomainProblem(
              ProblemCode.PAYMENT_FAILED, "the card was not charged (" + status + ")");
    };
  }

  /** Runs a blocking Stripe call on a worker thread and translates its failures. */
  private static final class StripeCalls {
    private StripeCalls() {}

    interface Call<T> {
      T run() throws StripeException;
    }

    static <T> Uni<T> offEventLoop(Call<T> call) {
      return VertxContexts.resumeOnCaller(
          Uni.createFrom()
              .<T>item(
                  () -> {
                    try {
                      return call.run();
                    } catch (StripeException e) {
                      throw StripeFailures.problemFor(e);
                    } catch (RuntimeException e) {
                      throw StripeFailures.problemFor(e);
                    }
                  })
              .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
  }
}
