package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.RequestQuotas;
import com.classbook.identity.application.port.out.RequestQuotas.Quota;
import com.classbook.identity.domain.RetryLater;
import com.classbook.identity.domain.Secrets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Request quotas of the endpoints that cost a password hash or send mail; a request past one is
 * refused with 429 TOO_MANY_REQUESTS before any of that work. Emails are counted by their hash.
 */
@ApplicationScoped
public class AbuseLimits {
  private final RequestQuotas quotas;
  private final AbusePolicy policy;

  public AbuseLimits(RequestQuotas quotas, AbusePolicy policy) {
    this.quotas = quotas;
    this.policy = policy;
  }

  Uni<Void> register(String clientAddress) {
    return enforce(new Quota("register:address", clientAddress, policy.registerPerAddress()));
  }

  Uni<Void> resendVerification(String clientAddress, String canonicalEmail) {
    return enforce(
        new Quota(
            "resend-verification:address", clientAddress, policy.resendVerificationPerAddress()),
        new Quota(
            "resend-verification:email",
            Secrets.hash(canonicalEmail),
            policy.resendVerificationPerEmail()));
  }

  Uni<Void> forgotPassword(String clientAddress, String canonicalEmail) {
    return enforce(
        new Quota("forgot-password:address", clientAddress, policy.forgotPasswordPerAddress()),
        new Quota(
            "forgot-password:email",
            Secrets.hash(canonicalEmail),
            policy.forgotPasswordPerEmail()));
  }

  Uni<Void> resetPassword(String clientAddress) {
    return enforce(
        new Quota("reset-password:address", clientAddress, policy.resetPasswordPerAddress()));
  }

  Uni<Void> changePassword(UUID userId) {
    return enforce(
        new Quota("change-password:user", userId.toString(), policy.changePasswordPerUser()));
  }

  /** Takes one unit of the recipient's mail cap; false when the cap is reached. */
  Uni<Boolean> mayMail(String canonicalEmail) {
    return quotas
        .take(
            List.of(
                new Quota(
                    "mail:recipient", Secrets.hash(canonicalEmail), policy.mailsPerRecipient())))
        .map(wait -> wait.isEmpty());
  }

  private Uni<Void> enforce(Quota... requested) {
    return quotas
        .take(List.of(requested))
        .invoke(
            wait -> {
              if (wait.isPresent()) {
                throw RetryLater.tooManyRequests(wait.getAsLong());
              }
            })
        .replaceWithVoid();
  }
}
