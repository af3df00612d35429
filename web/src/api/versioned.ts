// Reads that carry an ETag, so an edit can send If-Match and never overwrite another admin's change (412).
export async function etagOf(call: Promise<{ response: Response }>): Promise<string | undefined> {
  const { response } = await call;
  return response.headers.get("ETag") ?? undefined;
}
