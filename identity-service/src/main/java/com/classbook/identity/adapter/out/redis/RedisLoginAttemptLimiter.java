package com.classbook.identity.adapter.out.redis;

import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.domain.Secrets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login limits in Redis, shared by every instance. One script checks and reserves atomically, so
 * parallel requests cannot all pass the check before any failure is counted. An address over its
 * limit is refused only for accounts it has never signed in to: whoever shares the address with an
 * abuser and knows their password still gets in. Losing Redis only forgets recent failures.
 */
@ApplicationScoped
public class RedisLoginAttemptLimiter implements LoginAttemptLimiter {

  /** KEYS: account, address, known pair. ARGV: now, window, account limit, address limit. */
  private static final String RESERVE =
      FixedWindowLua.PRELUDE
          + "local win = tonumber(ARGV[2]) "
          + "local an, ae = current(KEYS[1], win) "
          + "if an >= tonumber(ARGV[3]) then return ae - now end "
          + "local dn, de = current(KEYS[2], win) "
          + "if dn >= tonumber(ARGV[4]) and redis.call('EXISTS', KEYS[3]) == 0 then "
          + "  return de - now "
          + "end "
          + "store(KEYS[1], an + 1, ae) "
          + "store(KEYS[2], dn + 1, de) "
          + "return 0";

  /** KEYS: account, address, known pair. ARGV: now, known-pair lifetime. */
  private static final String ACCEPT =
      FixedWindowLua.PRELUDE
          + "redis.call('DEL', KEYS[1]) "
          + "local dn, de = current(KEYS[2], 1) "
          + "if dn > 0 then store(KEYS[2], dn - 1, de) end "
          + "redis.call('SET', KEYS[3], '1', 'PX', ARGV[2]) "
          + "return 0";

  /** KEYS: account, address. ARGV: now. */
  private static final String RELEASE =
      FixedWindowLua.PRELUDE
          + "for i = 1, 2 do "
          + "  local n, e = current(KEYS[i], 1) "
          + "  if n > 0 then store(KEYS[i], n - 1, e) end "
          + "end "
          + "return 0";

  private final RedisScripts scripts;
  private final Clock clock;
  private final int accountLimit;
  private final int addressLimit;
  private final Duration window;
  private final Duration knownPairLifetime;

  public RedisLoginAttemptLimiter(
      RedisScripts scripts,
      Clock clock,
      @ConfigProperty(name = "classbook.login.max-failures-per-account") int accountLimit,
      @ConfigProperty(name = "classbook.login.max-failures-per-address") int addressLimit,
      @ConfigProperty(name = "classbook.login.window") Duration window,
      @ConfigProperty(name = "classbook.login.known-address-lifetime") Duration knownPairLifetime) {
    this.scripts = scripts;
    this.clock = clock;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = window;
    this.knownPairLifetime = knownPairLifetime;
  }

  @Override
  public Uni<OptionalLong> reserveAttempt(String canonicalEmail, String clientAddress) {
    return scripts
        .eval(
            RESERVE,
            keys(canonicalEmail, clientAddress),
            0L,
            now(),
            window.toMillis(),
            accountLimit,
            addressLimit)
        .map(RedisLoginAttemptLimiter::seconds);
  }

  @Override
  public Uni<Void> passwordAccepted(String canonicalEmail, String clientAddress) {
    return scripts
        .eval(ACCEPT, keys(canonicalEmail, clientAddress), 0L, now(), knownPairLifetime.toMillis())
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> release(String canonicalEmail, String clientAddress) {
    return scripts
        .eval(RELEASE, List.of(accountKey(canonicalEmail), addressKey(clientAddress)), 0L, now())
        .replaceWithVoid();
  }

  private long now() {
    return clock.millis();
  }

  /** Milliseconds to wait, rounded up to whole seconds for Retry-After; empty when granted. */
  static OptionalLong seconds(Long waitMs) {
    return waitMs == null || waitMs <= 0
        ? OptionalLong.empty()
        : OptionalLong.of(Math.max(1, (waitMs + 999) / 1000));
  }

  private static List<Object> keys(String canonicalEmail, String clientAddress) {
    return List.of(
        accountKey(canonicalEmail),
        addressKey(clientAddress),
        knownPairKey(canonicalEmail, clientAddress));
  }

  /** Hashed so that Redis never holds email addresses. */
  static String accountKey(String canonicalEmail) {
    return "login:failures:account:" + Secrets.hash(canonicalEmail);
  }

  static String addressKey(String clientAddress) {
    return "login:failures:address:" + clientAddress;
  }

  /** Set when the address gave the account's right password: the address knows the account. */
  static String knownPairKey(String canonicalEmail, String clientAddress) {
    return "login:known:" + Secrets.hash(clientAddress + "\n" + canonicalEmail);
  }
}
