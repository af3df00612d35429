package com.classbook.platform.secrets;

import io.smallrye.config.ConfigMapping;

/**
 * The secrets every service needs. They have defaults only in the dev and test profiles, and a
 * mapping is checked when the configuration is built, so elsewhere a missing one stops the service
 * before it connects to anything, with an error naming the environment variable to set.
 */
@ConfigMapping(prefix = "classbook.secrets")
public interface RequiredSecrets {

  /** The password of the service's database user ({@code DB_PASSWORD}). */
  String dbPassword();
}
