package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.ClientAddress;
import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.application.port.in.RegisterUserUseCase;
import com.classbook.identity.application.port.in.ResendVerificationUseCase;
import com.classbook.identity.application.port.in.VerifyEmailUseCase;
import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.application.port.out.MailSender.MailMessage;
import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.Country;
import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.TokenPurpose;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/** Registration, email verification and resending the verification link. */
@ApplicationScoped
public class RegistrationService
    implements RegisterUserUseCase, VerifyEmailUseCase, ResendVerificationUseCase {

  /** 32 bytes = 256 random bits, well above the 128 the rules ask for. */
  static final int SECRET_BYTES = 32;

  private final UserRepository users;
  private final OneTimeTokenRepository tokens;
  private final CountryReplica countries;
  private final PasswordHasher hasher;
  private final AbuseLimits limits;
  private final EventPublisher events;
  private final AccountMails mails;
  private final TransactionRunner transactions;
  private final AccountPolicy policy;
  private final Clock clock;

  public RegistrationService(
      UserRepository users,
      OneTimeTokenRepository tokens,
      CountryReplica countries,
      PasswordHasher hasher,
      AbuseLimits limits,
      EventPublisher events,
      AccountMails mails,
      TransactionRunner transactions,
      AccountPolicy policy,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.countries = countries;
    this.hasher = hasher;
    this.limits = limits;
    this.events = events;
    this.mails = mails;
    this.transactions = transactions;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The cheap checks (quota, free email, active country) run before the password is hashed, and run
   * again in the transaction that inserts, where the unique key settles concurrent sign-ups.
   */
  @Override
  public Uni<User> register(RegisterUserCommand command) {
    return limits
        .register(command.clientAddress())
        .chain(() -> transactions.inTransaction(() -> requireRegistrable(command)))
        .chain(() -> hasher.hash(command.password()))
        .chain(hash -> transactions.inTransaction(() -> createAccount(command, hash)))
        .call(created -> mails.deliver(mailOf(created)))
        .map(Created::user);
  }

  private Uni<Void> requireRegistrable(RegisterUserCommand command) {
    return users
        .findByEmail(command.email())
        .invoke(
            existing -> {
              if (existing.isPresent()) {
                throw new DomainProblem(
                    ProblemCode.EMAIL_TAKEN, "this email is already registered");
              }
            })
        .chain(() -> requireActiveCountry(countries, command.countryCode()));
  }

  private Uni<Created> createAccount(RegisterUserCommand command, String passwordHash) {
    return requireRegistrable(command)
        .map(
            ignored ->
                User.register(
                    new EmailAddress(command.email()),
                    passwordHash,
                    command.firstName(),
                    command.lastName(),
                    command.countryCode(),
                    clock.instant()))
        .call(registered -> users.insert(registered.user()))
        .call(events::publish)
        .map(UserFact::user)
        .chain(user -> newVerificationToken(user).map(secret -> new Created(user, secret)));
  }

  static Uni<Void> requireActiveCountry(CountryReplica countries, String code) {
    return countries
        .find(code)
        .invoke(
            country -> {
              if (!country.map(Country::active).orElse(false)) {
                throw Problems.unknownCountry(code);
              }
            })
        .replaceWithVoid();
  }

  private Uni<String> newVerificationToken(User user) {
    String secret = Secrets.random(SECRET_BYTES);
    OneTimeToken token =
        OneTimeToken.issue(
            user.id(),
            TokenPurpose.EMAIL_VERIFICATION,
            Secrets.hash(secret),
            clock.instant(),
            policy.verificationTokenTtl());
    return tokens.save(token).replaceWith(secret);
  }

  @Override
  public Uni<Void> verify(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Uni.createFrom().failure(Problems.invalidLink());
    }
    String hash = Secrets.hash(token.trim());
    return transactions.inTransaction(
        () ->
            OneTimeLinks.redeem(
                    tokens, users, hash, TokenPurpose.EMAIL_VERIFICATION, clock.instant())
                .chain(
                    user ->
                        user.verifyEmail(clock.instant())
                            .map(
                                verified ->
                                    users
                                        .update(user)
                                        .call(() -> events.publish(verified))
                                        .replaceWithVoid())
                            .orElseGet(() -> Uni.createFrom().voidItem())));
  }

  @Override
  public Uni<Void> resend(String email, String clientAddress) {
    Problems.requireEmailAddress(email);
    String canonical = EmailAddress.canonical(email);
    return limits
        .resendVerification(ClientAddress.orUnknown(clientAddress), canonical)
        .chain(
            () ->
                transactions.inTransaction(
                    () -> users.findByEmail(canonical).chain(this::issueVerificationLink)))
        .invoke(mail -> mail.ifPresent(mails::deliverInBackground))
        .replaceWithVoid();
  }

  private Uni<Optional<MailMessage>> issueVerificationLink(Optional<User> user) {
    if (user.isEmpty() || user.get().emailVerified()) {
      return Uni.createFrom().item(Optional.empty());
    }
    return tokens
        .invalidateOpen(user.get().id(), TokenPurpose.EMAIL_VERIFICATION, clock.instant())
        .chain(() -> newVerificationToken(user.get()))
        .map(secret -> Optional.of(mails.verification(user.get(), secret)));
  }

  private record Created(User user, String secret) {}

  private MailMessage mailOf(Created created) {
    return mails.verification(created.user(), created.secret());
  }
}
