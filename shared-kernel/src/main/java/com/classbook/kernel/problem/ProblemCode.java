package com.classbook.kernel.problem;

/** The stable error codes of the public API, each with its usual HTTP status. */
public enum ProblemCode {
  VALIDATION_FAILED(400, "Validation failed"),
  INVALID_TOKEN(400, "Invalid or expired token"),
  UNAUTHORIZED(401, "Authentication required"),
  INVALID_CREDENTIALS(401, "Invalid credentials"),
  PAYMENT_FAILED(402, "Payment failed"),
  FORBIDDEN(403, "Forbidden"),
  EMAIL_NOT_VERIFIED(403, "Email not verified"),
  NOT_FOUND(404, "Not found"),
  PACKAGE_NOT_FOUND(404, "Package not found"),
  CLASS_NOT_FOUND(404, "Class not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  EMAIL_TAKEN(409, "Email already registered"),
  COUNTRY_EXISTS(409, "Country already exists"),
  CAPACITY_BELOW_BOOKED(409, "Capacity below booked seats"),
  CLASS_FULL(409, "Class is full"),
  CLASS_NOT_FULL(409, "Class has free slots"),
  ALREADY_BOOKED(409, "Already booked"),
  ALREADY_WAITLISTED(409, "Already on the waitlist"),
  SCHEDULE_CONFLICT(409, "Schedule conflict"),
  NOT_CANCELLABLE(409, "Not cancellable"),
  CHECK_IN_NOT_OPEN(409, "Check-in is not open"),
  NOT_CHECKABLE(409, "Booking cannot be checked in"),
  NOT_WAITING(409, "Entry is no longer waiting"),
  SLOT_NOT_RESERVED(409, "No reserved slot with this reference"),
  REQUEST_IN_PROGRESS(409, "A request with this Idempotency-Key is in progress"),
  PRECONDITION_FAILED(412, "The resource changed since it was read"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  UNKNOWN_COUNTRY(422, "Unknown country"),
  CLASS_NOT_BOOKABLE(422, "Class is not bookable"),
  NO_USABLE_PACKAGE(422, "No usable package"),
  INSUFFICIENT_CREDITS(422, "Insufficient credits"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused with another request"),
  TOO_MANY_ATTEMPTS(429, "Too many attempts"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  INTERNAL_ERROR(500, "Internal error"),
  PAYMENT_PROVIDER_UNAVAILABLE(503, "Payment provider unavailable"),
  SERVICE_UNAVAILABLE(503, "Service unavailable");

  private final int status;
  private final String title;

  ProblemCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
