package com.classbook.platform.redis;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** Builds the one Redisson client of the service and shuts it down with the application. */
@ApplicationScoped
public class RedissonClientProducer {

  @Produces
  @Singleton
  @Startup
  RedissonClient redisson(
      @ConfigProperty(name = "redis.address") String address,
      @ConfigProperty(name = "redis.connect-timeout-ms", defaultValue = "2000") int connectTimeout,
      @ConfigProperty(name = "redis.timeout-ms", defaultValue = "2000") int timeout) {
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setLazyInitialization(true);
    config
        .useSingleServer()
        .setAddress(address)
        .setConnectTimeout(connectTimeout)
        .setTimeout(timeout)
        .setRetryAttempts(2)
        .setConnectionMinimumIdleSize(2)
        .setConnectionPoolSize(16)
        .setSubscriptionConnectionMinimumIdleSize(1)
        .setSubscriptionConnectionPoolSize(4);
    return Redisson.create(config);
  }

  void close(@Disposes RedissonClient client) {
    client.shutdown();
  }
}
