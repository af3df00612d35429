package com.classbook.platform.request;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * What names the work being done, its request id and its trace context, captured to carry on with
 * that work later or elsewhere (after a commit, on another Vert.x context): log lines, events and
 * calls made then still name the request, and the trace, that caused them.
 */
public final class RequestContext {

  private final String requestId;
  private final Context trace;

  private RequestContext(String requestId, Context trace) {
    this.requestId = requestId;
    this.trace = trace;
  }

  /** The request id and trace context current now. */
  public static RequestContext capture() {
    return new RequestContext(RequestIds.current(), Context.current());
  }

  /** Subscribes to {@code work} with this request id and trace context current. */
  public <T> Uni<T> resume(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(
            () -> {
              RequestIds.enter(requestId);
              Scope scope = trace.makeCurrent();
              try {
                return work.get().onTermination().invoke(scope::close);
              } catch (RuntimeException failure) {
                scope.close();
                throw failure;
              }
            });
  }
}
