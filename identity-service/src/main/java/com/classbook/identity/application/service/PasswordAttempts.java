package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.domain.RetryLater;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.function.Supplier;

/** Password checks under the login limits, for sign-in and for proving the current password. */
final class PasswordAttempts {
  private PasswordAttempts() {}

  /**
   * Reserves an attempt before the check (429 TOO_MANY_ATTEMPTS when none is left), then settles
   * it: a right password (a present result) is accepted; a wrong one keeps the reservation as the
   * failure and answers 401; a check that could not run gives the attempt back.
   */
  static <T> Uni<T> checked(
      LoginAttemptLimiter limiter,
      String canonicalEmail,
      String clientAddress,
      Supplier<Uni<Optional<T>>> check) {
    return limiter
        .reserveAttempt(canonicalEmail, clientAddress)
        .invoke(
            wait -> {
              if (wait.isPresent()) {
                throw RetryLater.tooManyAttempts(wait.getAsLong());
              }
            })
        .chain(
            () ->
                Uni.createFrom()
                    .<Optional<T>>deferred(check::get)
                    .onFailure()
                    .call(() -> limiter.release(canonicalEmail, clientAddress)))
        .chain(
            match ->
                match.isPresent()
                    ? limiter
                        .passwordAccepted(canonicalEmail, clientAddress)
                        .replaceWith(match.get())
                    : Uni.createFrom().failure(Problems.invalidCredentials()));
  }
}
