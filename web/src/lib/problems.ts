// Every problem+json code the API returns, in the member's or staff member's words. Never show a raw code.
export interface ProblemLike {
  status?: number;
  code?: string;
  detail?: string;
  title?: string;
  errors?: { field?: string; message?: string }[];
}

const MESSAGES: Record<string, string> = {
  EMAIL_TAKEN: "An account with this email already exists. Sign in, or reset your password.",
  UNKNOWN_COUNTRY: "We don't operate in that country yet. Please choose another one.",
  INVALID_TOKEN: "This link has expired or was already used. Ask for a new one.",
  INVALID_CREDENTIALS: "The email or password is not right.",
  EMAIL_NOT_VERIFIED: "Please confirm your email first: open the link in the mail we sent you.",
  TOO_MANY_ATTEMPTS: "Too many sign-in attempts. Please wait a few minutes and try again.",
  TOO_MANY_REQUESTS: "You're going a little fast. Please wait a moment and try again.",
  COUNTRY_EXISTS: "That country is already set up.",
  CAPACITY_BELOW_BOOKED: "More people have booked than that capacity allows. Choose a larger capacity.",
  PACKAGE_NOT_FOUND: "That package is no longer on sale.",
  PAYMENT_FAILED: "Your payment was declined. Nothing was charged; please try another card.",
  PAYMENT_PROVIDER_UNAVAILABLE: "Payments are unavailable right now. Nothing was charged; please try again shortly.",
  CLASS_NOT_FOUND: "This class no longer exists.",
  CLASS_FULL: "This class just filled up. You can join the waitlist instead.",
  ALREADY_BOOKED: "You already have a booking for this class.",
  SCHEDULE_CONFLICT: "You have another class at that time.",
  CLASS_NOT_BOOKABLE: "This class can no longer be booked: it has started, was cancelled or is not offered any more.",
  NO_USABLE_PACKAGE: "You need a package for this country that is still valid on the day of the class. Buy one in your wallet.",
  INSUFFICIENT_CREDITS: "You don't have enough credits left for this class. Buy a package in your wallet.",
  NOT_CANCELLABLE: "This booking can no longer be cancelled.",
  CHECK_IN_NOT_OPEN: "Check-in opens 15 minutes before the class and closes when it ends.",
  NOT_CHECKABLE: "This booking can't be checked in (it was cancelled or marked as a no-show).",
  CLASS_NOT_FULL: "This class still has free seats: book it directly.",
  ALREADY_WAITLISTED: "You're already on the waitlist for this class.",
  NOT_WAITING: "You're no longer waiting for this class: you were promoted or already left.",
  PRECONDITION_FAILED: "Someone else changed this in the meantime. Reload to see their change, then edit again.",
  IDEMPOTENCY_KEY_REUSED: "This request was already sent with different details. Please start again.",
  REQUEST_IN_PROGRESS: "Your previous request is still being processed. Please wait a moment.",
  SERVICE_UNAVAILABLE: "This part of the service is briefly unavailable. Please try again in a moment.",
  UNAUTHORIZED: "Please sign in again.",
  FORBIDDEN: "Your account can't do this.",
  NOT_FOUND: "We couldn't find that.",
};

/** The sentence to show for a failed call; validation errors name the fields. */
export function describeProblem(problem: ProblemLike | undefined | null): string {
  if (!problem) return "Something went wrong. Please check your connection and try again.";
  if (problem.code === "VALIDATION_FAILED") {
    const fields = (problem.errors ?? []).map((e) => `${humanField(e.field)}: ${e.message ?? "is not valid"}`);
    return fields.length ? `Please check: ${fields.join("; ")}.` : "Please check the form: something is not valid.";
  }
  if (problem.code && MESSAGES[problem.code]) return MESSAGES[problem.code];
  if (problem.status === 401) return MESSAGES.UNAUTHORIZED;
  if (problem.status === 403) return MESSAGES.FORBIDDEN;
  if (problem.status === 404) return MESSAGES.NOT_FOUND;
  if (problem.status === 429) return MESSAGES.TOO_MANY_REQUESTS;
  return "Something went wrong on our side. Please try again in a moment.";
}

/** "firstName" -> "First name"; a nested "body.startTime" -> "Start time". */
export function humanField(field: string | undefined): string {
  if (!field) return "A field";
  const last = field.split(".").pop() ?? field;
  const words = last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const KNOWN_CODES = Object.keys(MESSAGES).concat("VALIDATION_FAILED");
