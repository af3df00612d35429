package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.AccessTokenIssuer;
import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.application.port.out.EventPublisher;
import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.application.port.out.MailSender;
import com.classbook.identity.application.port.out.OneTimeTokenRepository;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.application.port.out.RequestQuotas;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.Country;
import com.classbook.identity.domain.OneTimeToken;
import com.classbook.identity.domain.RateLimit;
import com.classbook.identity.domain.RefreshToken;
import com.classbook.identity.domain.TokenPurpose;
import com.classbook.identity.domain.User;
import com.classbook.identity.domain.UserFact;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.testing.FakeTables;
import com.classbook.platform.testing.MutableClock;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** In-memory implementations of every outbound port, wired into the application services. */
final class IdentityFakes {
  final MutableClock clock = new MutableClock();
  final Users users = new Users();
  final OneTimeTokens tokens = new OneTimeTokens();
  final RefreshTokens refreshTokens = new RefreshTokens();
  final Countries countries = new Countries();
  final PlainHasher hasher = new PlainHasher();
  final Issuer issuer = new Issuer();
  final Mails mails = new Mails();
  final Limiter limiter = new Limiter(clock);
  final Quotas quotas = new Quotas(clock);
  final Events events = new Events();
  private final FakeTables tables =
      FakeTables.of(
          users.byId, tokens.byId, refreshTokens.byId, countries.byCode, events.published);
  final TransactionRunner transactions = tables::inTransaction;
  final AccountPolicy policy =
      new AccountPolicy(
          Duration.ofHours(24),
          Duration.ofHours(1),
          Duration.ofDays(14),
          Duration.ofDays(30),
          "https://app.test");
  final AbusePolicy abusePolicy =
      new AbusePolicy(
          hourly(30),
          hourly(20),
          hourly(5),
          hourly(20),
          hourly(5),
          hourly(20),
          hourly(10),
          hourly(5));

  IdentityFakes() {
    clock.set(Instant.parse("2026-03-01T10:00:00Z"));
    countries.upsert(new Country("SG", "Singapore", "Asia/Singapore", true));
    countries.upsert(new Country("NR", "Nauru", "Pacific/Nauru", false));
  }

  private static RateLimit hourly(int max) {
    return new RateLimit(max, Duration.ofHours(1));
  }

  AbuseLimits abuseLimits() {
    return new AbuseLimits(quotas, abusePolicy);
  }

  AccountMails accountMails() {
    return new AccountMails(mails, policy, abuseLimits());
  }

  RegistrationService registration() {
    return new RegistrationService(
        users,
        tokens,
        countries,
        hasher,
        abuseLimits(),
        events,
        accountMails(),
        transactions,
        policy,
        clock);
  }

  AuthenticationService authentication() {
    return new AuthenticationService(
        users,
        refreshTokens,
        hasher,
        limiter,
        new Sessions(refreshTokens, issuer, policy, clock),
        transactions,
        policy,
        clock);
  }

  PasswordService passwords() {
    return new PasswordService(
        users,
        tokens,
        refreshTokens,
        hasher,
        limiter,
        abuseLimits(),
        events,
        accountMails(),
        transactions,
        policy,
        clock);
  }

  ProfileService profiles() {
    return new ProfileService(users, countries, events, transactions, clock);
  }

  SeedAdminService seedAdmin() {
    return new SeedAdminService(users, hasher, events, transactions, clock);
  }

  /** Keeps copies, as rows are: a change of a user reaches the store only through update. */
  static final class Users implements UserRepository {
    final Map<UUID, User> byId = new HashMap<>();

    @Override
    public Uni<Optional<User>> findById(UUID id) {
      return Uni.createFrom().item(Optional.ofNullable(byId.get(id)).map(Users::copy));
    }

    @Override
    public Uni<Optional<User>> lockById(UUID id) {
      return findById(id);
    }

    @Override
    public Uni<Optional<User>> findByEmail(String canonicalEmail) {
      return Uni.createFrom()
          .item(
              byId.values().stream()
                  .filter(u -> u.email().value().equals(canonicalEmail))
                  .findFirst()
                  .map(Users::copy));
    }

    @Override
    public Uni<User> insert(User user) {
      if (byId.values().stream().anyMatch(u -> u.email().equals(user.email()))) {
        return Uni.createFrom().failure(new DomainProblem(ProblemCode.EMAIL_TAKEN, "taken"));
      }
      byId.put(user.id(), copy(user));
      return Uni.createFrom().item(user);
    }

    @Override
    public Uni<User> update(User user) {
      if (!byId.containsKey(user.id())) {
        return Uni.createFrom()
            .failure(new IllegalStateException("user " + user.id() + " vanished"));
      }
      byId.put(user.id(), copy(user));
      return Uni.createFrom().item(user);
    }

    private static User copy(User u) {
      return new User(
          u.id(),
          u.email(),
          u.passwordHash(),
          u.firstName(),
          u.lastName(),
          u.countryCode(),
          u.emailVerified(),
          u.role(),
          u.createdAt(),
          u.updatedAt(),
          u.version());
    }
  }

  /** Tokens kept by id and found by the hash of their secret, as both token tables keep them. */
  abstract static class HashedTokens<T> {
    final Map<UUID, T> byId = new HashMap<>();
    private final Function<T, UUID> idOf;
    private final Function<T, String> hashOf;

    HashedTokens(Function<T, UUID> idOf, Function<T, String> hashOf) {
      this.idOf = idOf;
      this.hashOf = hashOf;
    }

    public Uni<Void> save(T token) {
      byId.put(idOf.apply(token), token);
      return Uni.createFrom().voidItem();
    }

    public Uni<Optional<T>> findByHash(String tokenHash) {
      return Uni.createFrom()
          .item(byId.values().stream().filter(t -> hashOf.apply(t).equals(tokenHash)).findFirst());
    }
  }

  static final class OneTimeTokens extends HashedTokens<OneTimeToken>
      implements OneTimeTokenRepository {
    OneTimeTokens() {
      super(OneTimeToken::id, OneTimeToken::tokenHash);
    }

    @Override
    public Uni<Boolean> consume(UUID tokenId, Instant now) {
      OneTimeToken t = byId.get(tokenId);
      if (t == null || t.usedAt() != null) {
        return Uni.createFrom().item(false);
      }
      byId.put(tokenId, used(t, now));
      return Uni.createFrom().item(true);
    }

    @Override
    public Uni<Void> invalidateOpen(UUID userId, TokenPurpose purpose, Instant now) {
      byId.replaceAll(
          (id, t) ->
              t.userId().equals(userId) && t.purpose() == purpose && t.usedAt() == null
                  ? used(t, now)
                  : t);
      return Uni.createFrom().voidItem();
    }

    private static OneTimeToken used(OneTimeToken t, Instant now) {
      return new OneTimeToken(
          t.id(), t.userId(), t.purpose(), t.tokenHash(), t.createdAt(), t.expiresAt(), now);
    }
  }

  static final class RefreshTokens extends HashedTokens<RefreshToken>
      implements RefreshTokenRepository {
    RefreshTokens() {
      super(RefreshToken::id, RefreshToken::tokenHash);
    }

    @Override
    public Uni<Boolean> markRotated(UUID tokenId, Instant now) {
      RefreshToken t = byId.get(tokenId);
      if (t == null || t.rotatedAt() != null || t.revokedAt() != null) {
        return Uni.createFrom().item(false);
      }
      byId.put(tokenId, with(t, now, t.revokedAt()));
      return Uni.createFrom().item(true);
    }

    @Override
    public Uni<Void> revokeFamily(UUID familyId, Instant now) {
      byId.replaceAll(
          (id, t) ->
              t.familyId().equals(familyId) && t.revokedAt() == null
                  ? with(t, t.rotatedAt(), now)
                  : t);
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> revokeAllOfUser(UUID userId, Instant now) {
      byId.replaceAll(
          (id, t) ->
              t.userId().equals(userId) && t.revokedAt() == null ? with(t, t.rotatedAt(), now) : t);
      return Uni.createFrom().voidItem();
    }

    long liveTokens(UUID userId) {
      return byId.values().stream()
          .filter(t -> t.userId().equals(userId) && t.revokedAt() == null && t.rotatedAt() == null)
          .count();
    }

    private static RefreshToken with(RefreshToken t, Instant rotated, Instant revoked) {
      return new RefreshToken(
          t.id(),
          t.userId(),
          t.familyId(),
          t.tokenHash(),
          t.familyStartedAt(),
          t.issuedAt(),
          t.expiresAt(),
          rotated,
          revoked);
    }
  }

  static final class Countries implements CountryReplica {
    final Map<String, Country> byCode = new HashMap<>();

    @Override
    public Uni<Optional<Country>> find(String code) {
      return Uni.createFrom().item(Optional.ofNullable(byCode.get(code)));
    }

    @Override
    public Uni<Void> upsert(Country country) {
      byCode.put(country.code(), country);
      return Uni.createFrom().voidItem();
    }
  }

  static final class PlainHasher implements PasswordHasher {
    int dummyVerifications;
    int hashes;
    int verifications;

    @Override
    public Uni<String> hash(String password) {
      hashes++;
      return Uni.createFrom().item(plain(password));
    }

    @Override
    public Uni<Boolean> verify(String password, String hash) {
      verifications++;
      return Uni.createFrom().item(plain(password).equals(hash));
    }

    private static String plain(String password) {
      return "hashed:" + new StringBuilder(password).reverse();
    }

    @Override
    public Uni<Void> verifyAgainstDummy(String password) {
      dummyVerifications++;
      return Uni.createFrom().voidItem();
    }
  }

  /** Signs nothing: records whom it was asked for and answers with the lifetime a test sets. */
  static final class Issuer implements AccessTokenIssuer {
    final List<User> signedFor = new ArrayList<>();
    long lifetimeSeconds = 900;

    @Override
    public SignedToken forUser(User user) {
      signedFor.add(user);
      return new SignedToken("access-" + signedFor.size(), lifetimeSeconds);
    }

    @Override
    public SignedToken forService(String clientId) {
      return new SignedToken("service:" + clientId, 300);
    }

    @Override
    public List<Map<String, Object>> publicKeys() {
      return List.of();
    }
  }

  static final class Mails implements MailSender {
    final List<MailMessage> sent = new ArrayList<>();

    @Override
    public Uni<Void> send(MailMessage message) {
      sent.add(message);
      return Uni.createFrom().voidItem();
    }

    String lastToken(String to) {
      MailMessage last =
          sent.stream().filter(m -> m.to().equals(to)).reduce((a, b) -> b).orElseThrow();
      Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(last.body());
      if (!m.find()) {
        throw new AssertionError("no token in " + last.body());
      }
      return m.group(1);
    }
  }

  /**
   * Counters in fixed windows that start with their first unit, as the Redis scripts keep them: a
   * counter whose window has ended counts as zero.
   */
  static final class Windows {
    private record Window(int count, Instant end) {}

    private final Clock clock;
    private final Map<String, Window> byKey = new HashMap<>();

    Windows(Clock clock) {
      this.clock = clock;
    }

    /** The count of the key's current window. */
    int get(String key) {
      return live(key).map(Window::count).orElse(0);
    }

    boolean isEmpty() {
      return byKey.keySet().stream().allMatch(key -> get(key) == 0);
    }

    /** Seconds until the key's window ends, rounded up as Retry-After is. */
    long secondsLeft(String key) {
      long millis = Duration.between(clock.instant(), live(key).orElseThrow().end()).toMillis();
      return Math.max(1, (millis + 999) / 1000);
    }

    void add(String key, Duration window) {
      byKey.put(
          key,
          live(key)
              .map(w -> new Window(w.count() + 1, w.end()))
              .orElseGet(() -> new Window(1, clock.instant().plus(window))));
    }

    /** Gives one unit back; a count of zero stays zero. */
    void subtract(String key) {
      live(key)
          .filter(w -> w.count() > 0)
          .ifPresent(w -> byKey.put(key, new Window(w.count() - 1, w.end())));
    }

    void clear(String key) {
      byKey.remove(key);
    }

    private Optional<Window> live(String key) {
      return Optional.ofNullable(byKey.get(key)).filter(w -> clock.instant().isBefore(w.end()));
    }
  }

  /** Counts reserved attempts in fixed windows, like the Redis limiter. */
  static final class Limiter implements LoginAttemptLimiter {
    final Windows accountFailures;
    final Windows addressFailures;
    final Set<String> knownPairs = new HashSet<>();
    final int accountLimit = 5;
    final int addressLimit = 50;
    final Duration window = Duration.ofMinutes(15);

    Limiter(Clock clock) {
      accountFailures = new Windows(clock);
      addressFailures = new Windows(clock);
    }

    @Override
    public Uni<OptionalLong> reserveAttempt(String canonicalEmail, String clientAddress) {
      if (accountFailures.get(canonicalEmail) >= accountLimit) {
        return refused(accountFailures.secondsLeft(canonicalEmail));
      }
      if (addressFailures.get(clientAddress) >= addressLimit
          && !knownPairs.contains(clientAddress + "|" + canonicalEmail)) {
        return refused(addressFailures.secondsLeft(clientAddress));
      }
      accountFailures.add(canonicalEmail, window);
      addressFailures.add(clientAddress, window);
      return Uni.createFrom().item(OptionalLong.empty());
    }

    @Override
    public Uni<Void> passwordAccepted(String canonicalEmail, String clientAddress) {
      accountFailures.clear(canonicalEmail);
      addressFailures.subtract(clientAddress);
      knownPairs.add(clientAddress + "|" + canonicalEmail);
      return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> release(String canonicalEmail, String clientAddress) {
      accountFailures.subtract(canonicalEmail);
      addressFailures.subtract(clientAddress);
      return Uni.createFrom().voidItem();
    }
  }

  /** Counts quota units per name and subject in fixed windows, like the Redis quotas. */
  static final class Quotas implements RequestQuotas {
    final Windows taken;

    Quotas(Clock clock) {
      taken = new Windows(clock);
    }

    @Override
    public Uni<OptionalLong> take(List<Quota> quotas) {
      long wait = 0;
      for (Quota quota : quotas) {
        if (taken.get(key(quota)) >= quota.limit().max()) {
          wait = Math.max(wait, taken.secondsLeft(key(quota)));
        }
      }
      if (wait > 0) {
        return refused(wait);
      }
      quotas.forEach(quota -> taken.add(key(quota), quota.limit().window()));
      return Uni.createFrom().item(OptionalLong.empty());
    }

    private static String key(Quota quota) {
      return quota.name() + ":" + quota.subject();
    }
  }

  private static Uni<OptionalLong> refused(long seconds) {
    return Uni.createFrom().item(OptionalLong.of(seconds));
  }

  /** Keeps each published fact as its name and the user's id, e.g. "Registered:<id>". */
  static final class Events implements EventPublisher {
    final List<String> published = new ArrayList<>();

    @Override
    public Uni<Void> publish(UserFact fact) {
      published.add(fact.getClass().getSimpleName() + ":" + fact.user().id());
      return Uni.createFrom().voidItem();
    }
  }
}
