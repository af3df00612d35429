package com.classbook.platform.request;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id that follows one client request through logs, problems, outbox and events. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  public static final String KAFKA_HEADER = "classbook_request_id";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private RequestIds() {}

  public static boolean isValid(String candidate) {
    return candidate != null && VALID.matcher(candidate).matches();
  }

  /** The incoming id when it is valid, otherwise a new one. */
  public static String keepOrCreate(String incoming) {
    return isValid(incoming) ? incoming : UUID.randomUUID().toString();
  }

  /** The id of the request or event being handled, or null outside of one. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  /** Makes {@code id} the current one (for logs and for the events written while handling it). */
  public static void enter(String id) {
    if (isValid(id)) {
      MDC.put(MDC_KEY, id);
    } else {
      MDC.remove(MDC_KEY);
    }
  }

  /** The problem+json {@code instance} naming the current request, or null outside of one. */
  public static String problemInstance() {
    String id = current();
    return id == null ? null : "urn:request:" + id;
  }
}
