package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.TokenPurpose;
import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Redeems an emailed one-time link: unused, unexpired, of the right purpose; consumed exactly once.
 */
final class OneTimeLinks {
  private OneTimeLinks() {}

  /** The user the link belongs to, after the link was consumed; INVALID_TOKEN otherwise. */
  static Uni<User> redeem(
      OneTimeTokenRepository tokens,
      UserRepository users,
      String tokenHash,
      TokenPurpose purpose,
      Instant now) {
    return tokens
        .findByHash(tokenHash)
        .map(
            found ->
                found.filter(t -> t.usableFor(purpose, now)).orElseThrow(Problems::invalidLink))
        .call(
            t ->
                tokens
                    .consume(t.id(), now)
                    .invoke(
                        consumed -> {
                          // A concurrent redemption won the guarded update.
                          if (!consumed) {
                            throw Problems.invalidLink();
                          }
                        }))
        .chain(t -> users.lockById(t.userId()))
        .map(user -> user.orElseThrow(Problems::invalidLink));
  }
}
