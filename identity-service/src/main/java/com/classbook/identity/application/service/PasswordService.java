package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.ChangePasswordCommand;
import com.classbook.identity.application.port.in.ChangePasswordUseCase;
import com.classbook.identity.application.port.in.ClientAddress;
import com.classbook.identity.application.port.in.ForgotPasswordUseCase;
import com.classbook.identity.application.port.in.ResetPasswordCommand;
import com.classbook.identity.application.port.in.ResetPasswordUseCase;
import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.application.port.out.MailSender.MailMessage;
import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.TokenPurpose;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Forgotten-password links, password reset and password change. */
@ApplicationScoped
public class PasswordService
    implements ForgotPasswordUseCase, ResetPasswordUseCase, ChangePasswordUseCase {

  private final UserRepository users;
  private final OneTimeTokenRepository tokens;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final LoginAttemptLimiter limiter;
  private final AbuseLimits limits;
  private final EventPublisher events;
  private final AccountMails mails;
  private final TransactionRunner transactions;
  private final AccountPolicy policy;
  private final Clock clock;

  public PasswordService(
      UserRepository users,
      OneTimeTokenRepository tokens,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      LoginAttemptLimiter limiter,
      AbuseLimits limits,
      EventPublisher events,
      AccountMails mails,
      TransactionRunner transactions,
      AccountPolicy policy,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.limiter = limiter;
    this.limits = limits;
    this.events = events;
    this.mails = mails;
    this.transactions = transactions;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Uni<Void> requestReset(String email, String clientAddress) {
    Problems.requireEmailAddress(email);
    String canonical = EmailAddress.canonical(email);
    return limits
        .forgotPassword(ClientAddress.orUnknown(clientAddress), canonical)
        .chain(
            () ->
                transactions.inTransaction(
                    () ->
                        users
                            .findByEmail(canonical)
                            .chain(user -> issueResetLink(user, canonical))))
        // The mail goes out in the background: the answer takes as long with or without an account.
        .invoke(mail -> mail.ifPresent(mails::deliverInBackground))
        .replaceWithVoid();
  }

  private Uni<Optional<MailMessage>> issueResetLink(Optional<User> user, String canonical) {
    if (user.isEmpty()) {
      // Same statement shape as the real path (an UPDATE that matches nothing) for equal timing.
      return tokens
          .invalidateOpen(
              UUID.nameUUIDFromBytes(canonical.getBytes(StandardCharsets.UTF_8)),
              TokenPurpose.PASSWORD_RESET,
              clock.instant())
          .replaceWith(Optional.empty());
    }
    User account = user.get();
    String secret = Secrets.random(RegistrationService.SECRET_BYTES);
    OneTimeToken token =
        OneTimeToken.issue(
            account.id(),
            TokenPurpose.PASSWORD_RESET,
            Secrets.hash(secret),
            clock.instant(),
            policy.resetTokenTtl());
    return tokens
        .invalidateOpen(account.id(), TokenPurpose.PASSWORD_RESET, clock.instant())
        .chain(() -> tokens.save(token))
        .replaceWith(Optional.of(mails.passwordReset(account, secret)));
  }

  /**
   * The link is looked up before the new password is hashed, so made-up tokens cost a query, not a
   * hash; the redemption in the final transaction still decides who wins a race for the link.
   */
  @Override
  public Uni<Void> reset(ResetPasswordCommand command) {
    String hash = Secrets.hash(command.token());
    return limits
        .resetPassword(command.clientAddress())
        .chain(() -> transactions.inTransaction(() -> tokens.findByHash(hash)))
        .invoke(
            found -> {
              if (found
                  .filter(t -> t.usableFor(TokenPurpose.PASSWORD_RESET, clock.instant()))
                  .isEmpty()) {
                throw Problems.invalidLink();
              }
            })
        .chain(() -> hasher.hash(command.newPassword()))
        .chain(newHash -> transactions.inTransaction(() -> applyReset(hash, newHash)));
  }

  private Uni<Void> applyReset(String tokenHash, String newPasswordHash) {
    return OneTimeLinks.redeem(
            tokens, users, tokenHash, TokenPurpose.PASSWORD_RESET, clock.instant())
        .chain(
            user -> {
              user.changePasswordHash(newPasswordHash, clock.instant());
              // Following the emailed link proves the address belongs to the user.
              Optional<UserFact.EmailVerified> verified = user.verifyEmail(clock.instant());
              return users
                  .update(user)
                  .call(
                      () ->
                          verified
                              .map(events::publish)
                              .orElseGet(() -> Uni.createFrom().voidItem()))
                  .call(() -> refreshTokens.revokeAllOfUser(user.id(), clock.instant()))
                  .replaceWithVoid();
            });
  }

  /**
   * Guesses of the current password count against the same limits as sign-in, so a stolen access
   * token does not open a faster way to guess the password.
   */
  @Override
  public Uni<Void> changePassword(ChangePasswordCommand command) {
    return limits
        .changePassword(command.userId())
        .chain(() -> transactions.inTransaction(() -> users.findById(command.userId())))
        .map(user -> user.orElseThrow(Problems::accountNotFound))
        .chain(
            user ->
                PasswordAttempts.checked(
                    limiter,
                    user.email().value(),
                    command.clientAddress(),
                    () ->
                        hasher
                            .verify(command.currentPassword(), user.passwordHash())
                            .map(ok -> ok ? Optional.of(user) : Optional.<User>empty())))
        .chain(
            verified ->
                hasher
                    .hash(command.newPassword())
                    .chain(
                        newHash ->
                            transactions.inTransaction(
                                () ->
                                    replacePassword(
                                        verified.id(), verified.passwordHash(), newHash))));
  }

  private Uni<Void> replacePassword(UUID userId, String verifiedHash, String newHash) {
    return users
        .lockById(userId)
        .map(user -> user.orElseThrow(Problems::accountNotFound))
        .chain(
            user -> {
              if (!user.passwordHash().equals(verifiedHash)) {
                // The password changed since it was checked: the proof is stale.
                throw Problems.invalidCredentials();
              }
              user.changePasswordHash(newHash, clock.instant());
              return users
                  .update(user)
                  .call(() -> refreshTokens.revokeAllOfUser(userId, clock.instant()))
                  .replaceWithVoid();
            });
  }
}
