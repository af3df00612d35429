package com.classbook.platform.redis;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** Builds the one Redisson client of the service and shuts it down with the application. */
@ApplicationScoped
public class RedissonClientProducer {

  private static final Logger LOG = Logger.getLogger(RedissonClientProducer.class);

  @Produces
  @Singleton
  @Startup
  RedissonClient redisson(
      @ConfigProperty(name = "redis.address") String address,
      @ConfigProperty(name = "redis.connect-timeout-ms", defaultValue = "1000") int connectTimeout,
      @ConfigProperty(name = "redis.timeout-ms", defaultValue = "500") int timeout,
      @ConfigProperty(name = "redis.retry-attempts", defaultValue = "1") int retryAttempts,
      @ConfigProperty(name = "redis.retry-interval-ms", defaultValue = "200") int retryInterval) {
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setLazyInitialization(true);
    config
        .useSingleServer()
        .setAddress(address)
        .setConnectTimeout(connectTimeout)
        .setTimeout(timeout)
        // A local Redis answers in well under a millisecond: a command that has no answer after the
        // timeout and one retry fails, so that RedisCircuit can stop waiting for a Redis that is
        // gone.
        .setRetryAttempts(retryAttempts)
        .setRetryInterval(retryInterval)
        .setConnectionMinimumIdleSize(2)
        .setConnectionPoolSize(16)
        .setSubscriptionConnectionMinimumIdleSize(1)
        .setSubscriptionConnectionPoolSize(4);
    return Redisson.create(config);
  }

  /**
   * Connects right after startup on a worker thread: with lazy initialisation the first command
   * would otherwise open the connection on the caller's thread, an event loop.
   */
  void connectEarly(@Observes StartupEvent startup, RedissonClient client, Vertx vertx) {
    vertx.executeBlocking(
        () -> {
          try {
            client.getBucket("startup:ping").isExists();
          } catch (RuntimeException unreachable) {
            LOG.warnf(
                "Redis not reachable at startup, readiness stays DOWN: %s",
                unreachable.getMessage());
          }
          return null;
        },
        false);
  }

  void close(@Disposes RedissonClient client) {
    client.shutdown();
  }
}
