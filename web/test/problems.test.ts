import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeProblem, humanField, KNOWN_CODES } from "../src/lib/problems";

describe("describeProblem", () => {
  it("words a known code for the member", () => {
    expect(describeProblem({ status: 409, code: "CLASS_FULL" })).toContain("join the waitlist");
    expect(describeProblem({ status: 402, code: "PAYMENT_FAILED" })).toContain("declined");
  });

  it("names the fields of a validation error", () => {
    const text = describeProblem({ status: 400, code: "VALIDATION_FAILED", errors: [{ field: "register.firstName", message: "must not be blank" }] });
    expect(text).toBe("Please check: First name: must not be blank.");
  });

  it("falls back on the status, and never shows a raw code", () => {
    expect(describeProblem({ status: 403, code: "SOMETHING_NEW" })).toBe("Your account can't do this.");
    expect(describeProblem({ status: 500, code: "INTERNAL_ERROR" })).not.toContain("INTERNAL_ERROR");
    expect(describeProblem(undefined)).toContain("connection");
  });

  it("has words for every problem code the public API documents", () => {
    const openapi = JSON.parse(readFileSync(new URL("../../docs/openapi.json", import.meta.url), "utf8"));
    const documented = new Set<string>();
    for (const operations of Object.values<Record<string, { responses?: Record<string, { description?: string }> }>>(openapi.paths)) {
      for (const operation of Object.values(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (Number(status) < 400) continue;
          // "CLASS_FULL, ALREADY_BOOKED" or "FORBIDDEN: only STAFF and ADMIN": the codes come before any colon.
          const codes = (response.description ?? "").split(":")[0];
          for (const code of codes.match(/\b[A-Z][A-Z_]{3,}\b/g) ?? []) documented.add(code);
        }
      }
    }
    expect(documented.size).toBeGreaterThan(10);
    expect([...documented].filter((code) => !KNOWN_CODES.includes(code))).toEqual([]);
  });
});

describe("humanField", () => {
  it("turns a JSON path into words", () => {
    expect(humanField("startTime")).toBe("Start time");
    expect(humanField(undefined)).toBe("A field");
  });
});
