package com.classbook.platform.request;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every HTTP request an id before any other handler runs: the caller's valid {@code
 * X-Request-Id} (the gateway's) or a new one for direct calls. It goes into the MDC of the
 * request's context and back to the caller on the answer.
 */
@ApplicationScoped
public class RequestIdRoute {

  void register(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              String id = RequestIds.keepOrCreate(context.request().getHeader(RequestIds.HEADER));
              RequestIds.enter(id);
              context.response().putHeader(RequestIds.HEADER, id);
              context.next();
            });
  }
}
