// Reads that carry an ETag, so an edit can send If-Match and never overwrite another admin's change (412). They ask
// for a fresh answer (Cache-Control: no-cache): the public reads are otherwise kept for a second by each instance.
export const FRESH = { "Cache-Control": "no-cache" } as const;

export async function etagOf(call: Promise<{ response: Response }>): Promise<string | undefined> {
  const { response } = await call;
  return response.headers.get("ETag") ?? undefined;
}
