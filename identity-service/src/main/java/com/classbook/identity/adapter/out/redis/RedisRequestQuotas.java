package com.classbook.identity.adapter.out.redis;

import com.classbook.identity.application.port.out.RequestQuotas;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Request quotas in Redis: one script checks every requested quota and takes a unit of each only
 * when all have one left, so a refused request uses up nothing.
 */
@ApplicationScoped
public class RedisRequestQuotas implements RequestQuotas {

  /** KEYS: one per quota. ARGV: now, then limit and window (ms) of each quota in key order. */
  private static final String TAKE =
      FixedWindowLua.PRELUDE
          + "local wait = 0 "
          + "local counts, ends = {}, {} "
          + "for i = 1, #KEYS do "
          + "  local n, e = current(KEYS[i], tonumber(ARGV[2 * i + 1])) "
          + "  counts[i], ends[i] = n, e "
          + "  if n >= tonumber(ARGV[2 * i]) and e - now > wait then wait = e - now end "
          + "end "
          + "if wait > 0 then return wait end "
          + "for i = 1, #KEYS do store(KEYS[i], counts[i] + 1, ends[i]) end "
          + "return 0";

  private final RedisScripts scripts;
  private final Clock clock;

  public RedisRequestQuotas(RedisScripts scripts, Clock clock) {
    this.scripts = scripts;
    this.clock = clock;
  }

  @Override
  public Uni<OptionalLong> take(List<Quota> quotas) {
    List<Object> keys = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    args.add(clock.millis());
    for (Quota quota : quotas) {
      keys.add("quota:" + quota.name() + ":" + quota.subject());
      args.add(quota.limit().max());
      args.add(quota.limit().window().toMillis());
    }
    return scripts.eval(TAKE, keys, 0L, args.toArray()).map(RedisLoginAttemptLimiter::seconds);
  }
}
