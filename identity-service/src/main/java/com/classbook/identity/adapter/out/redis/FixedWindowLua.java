package com.classbook.identity.adapter.out.redis;

/**
 * Lua building blocks for fixed windows kept in Redis hashes ({@code n} = count, {@code end} =
 * window end in epoch milliseconds of the service clock). A window starts with its first unit; a
 * key whose end has passed counts as empty, and Redis drops it when the window is over.
 */
final class FixedWindowLua {
  private FixedWindowLua() {}

  /**
   * {@code now} = ARGV[1]; {@code current(key, windowMs)} returns count and end of the live window.
   */
  static final String PRELUDE =
      "local now = tonumber(ARGV[1]) "
          + "local function current(key, win) "
          + "  local v = redis.call('HMGET', key, 'n', 'end') "
          + "  local e = tonumber(v[2]) "
          + "  if e == nil or e <= now then return 0, now + win end "
          + "  return tonumber(v[1]), e "
          + "end "
          + "local function store(key, n, e) "
          + "  redis.call('HSET', key, 'n', n, 'end', e) "
          + "  redis.call('PEXPIRE', key, e - now) "
          + "end ";
}
