package com.classbook.platform.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;

/**
 * Switches console logging to one JSON object per line when {@code LOG_JSON=true}, for log shippers
 * in production. Lines written during boot, before startup completes, keep the plain format.
 */
@ApplicationScoped
public class JsonConsoleLogging {

  void switchToJson(
      @Observes @Priority(1) StartupEvent startup,
      @ConfigProperty(name = "classbook.log.json", defaultValue = "false") boolean json) {
    if (!json) {
      return;
    }
    for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
      apply(handler);
    }
  }

  private static void apply(Handler handler) {
    if (handler instanceof ConsoleHandler
        || handler instanceof org.jboss.logmanager.handlers.ConsoleHandler) {
      handler.setFormatter(new JsonLineFormatter());
    }
    if (handler instanceof ExtHandler ext) {
      for (Handler nested : ext.getHandlers()) {
        apply(nested);
      }
    }
  }
}
