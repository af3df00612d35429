package com.classbook.platform.health;

/**
 * The health group of the dependencies a service can briefly do without (Redis, Kafka), served at
 * {@code /q/health/group/dependencies} for alerts; readiness keeps only what serving needs.
 */
public final class DependencyHealth {

  public static final String GROUP = "dependencies";

  private DependencyHealth() {}
}
