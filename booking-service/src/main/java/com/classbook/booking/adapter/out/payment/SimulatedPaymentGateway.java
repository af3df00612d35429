package com.classbook.booking.adapter.out.payment;

import com.classbook.booking.application.port.out.PaymentGateway;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.Money;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A deterministic stand-in for a card processor that moves no money: the token {@code tok_declined}
 * yields a card that every charge declines; any other token is accepted. Transaction ids derive
 * from the idempotency reference, so a retried charge is the same one. Selected only in dev and
 * test, or where {@code classbook.payment.simulator-allowed=true} (see PaymentConfig).
 */
public class SimulatedPaymentGateway implements PaymentGateway {

  public static final String DECLINED_TOKEN = "tok_declined";
  private static final String DECLINED_CARD_PREFIX = "card_declined_";

  @Override
  public Uni<String> addPaymentCard(String userId, String token) {
    String prefix = DECLINED_TOKEN.equals(token) ? DECLINED_CARD_PREFIX : "card_";
    return Uni.createFrom().item(prefix + digest(userId + "|" + token).substring(0, 24));
  }

  @Override
  public Uni<String> charge(String userId, String card, Money amount, String idempotencyRef) {
    if (card.startsWith(DECLINED_CARD_PREFIX)) {
      return Uni.createFrom()
          .failure(new DomainProblem(ProblemCode.PAYMENT_FAILED, "the card was declined"));
    }
    return Uni.createFrom().item("txn_sim_" + digest(idempotencyRef).substring(0, 32));
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
