package com.classbook.identity.adapter.out.redis;

import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.domain.Secrets;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Fixed-window failure counters in Redis, shared by every instance: the first failure of a window
 * starts its expiry, so a key lives at most one window. Losing Redis only forgets recent failures.
 */
@ApplicationScoped
public class RedisLoginAttemptLimiter implements LoginAttemptLimiter {

  private static final String RECORD =
      "local n = redis.call('INCR', KEYS[1]) "
          + "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
          + "local m = redis.call('INCR', KEYS[2]) "
          + "if m == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[1]) end "
          + "return n";

  /** Longest remaining wait (ms) over the keys whose count reached its limit; 0 when none. */
  private static final String CHECK =
      "local wait = 0 "
          + "for i = 1, 2 do "
          + "  local n = tonumber(redis.call('GET', KEYS[i]) or '0') "
          + "  if n >= tonumber(ARGV[i]) then "
          + "    local ttl = redis.call('PTTL', KEYS[i]) "
          + "    if ttl > wait then wait = ttl end "
          + "  end "
          + "end "
          + "return wait";

  private static final Logger LOG = Logger.getLogger(RedisLoginAttemptLimiter.class);
  private static final Duration CALL_TIMEOUT = Duration.ofMillis(500);

  private final RedissonClient redisson;
  private final int accountLimit;
  private final int addressLimit;
  private final Duration window;

  public RedisLoginAttemptLimiter(
      RedissonClient redisson,
      @ConfigProperty(name = "classbook.login.max-failures-per-account") int accountLimit,
      @ConfigProperty(name = "classbook.login.max-failures-per-address") int addressLimit,
      @ConfigProperty(name = "classbook.login.window") Duration window) {
    this.redisson = redisson;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
    this.window = window;
  }

  @Override
  public Uni<OptionalLong> retryAfter(String canonicalEmail, String clientAddress) {
    return guarded(
            () ->
                script()
                    .evalAsync(
                        RScript.Mode.READ_ONLY,
                        CHECK,
                        RScript.ReturnType.INTEGER,
                        List.<Object>of(accountKey(canonicalEmail), addressKey(clientAddress)),
                        String.valueOf(accountLimit),
                        String.valueOf(addressLimit)),
            0L)
        .map(
            waitMs ->
                waitMs == null || waitMs <= 0
                    ? OptionalLong.empty()
                    : OptionalLong.of(Math.max(1, (waitMs + 999) / 1000)));
  }

  @Override
  public Uni<Void> recordFailure(String canonicalEmail, String clientAddress) {
    return guarded(
            () ->
                script()
                    .evalAsync(
                        RScript.Mode.READ_WRITE,
                        RECORD,
                        RScript.ReturnType.INTEGER,
                        List.<Object>of(accountKey(canonicalEmail), addressKey(clientAddress)),
                        String.valueOf(window.toMillis())),
            0L)
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> resetAccount(String canonicalEmail) {
    return guarded(() -> redisson.getBucket(accountKey(canonicalEmail)).deleteAsync(), false)
        .replaceWithVoid();
  }

  /**
   * Runs a Redis call with a short deadline. Without Redis the limits cannot be counted; logins
   * then go on unlimited (bcrypt still slows guessing) rather than failing for everyone.
   */
  private <T> Uni<T> guarded(Supplier<? extends CompletionStage<T>> call, T fallback) {
    Uni<T> answer =
        Uni.createFrom()
            .completionStage(call)
            // A Redisson client that has not connected yet connects inside the call itself.
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
            .onFailure()
            .recoverWithItem(
                failure -> {
                  LOG.warnf("login limits unavailable, not enforced: %s", failure.toString());
                  return fallback;
                });
    Uni<T> deadline =
        Uni.createFrom()
            .item(fallback)
            .onItem()
            .delayIt()
            .by(CALL_TIMEOUT)
            .invoke(() -> LOG.warn("login limits unavailable (Redis too slow), not enforced"));
    return VertxContexts.resumeOnCaller(Uni.combine().any().of(answer, deadline));
  }

  private RScript script() {
    return redisson.getScript(StringCodec.INSTANCE);
  }

  /** Hashed so that Redis never holds email addresses. */
  static String accountKey(String canonicalEmail) {
    return "login:failures:account:" + Secrets.hash(canonicalEmail);
  }

  static String addressKey(String clientAddress) {
    return "login:failures:address:" + clientAddress;
  }
}
