/**
 * A response body, read up to `max` bytes and no further: a hostile or broken server cannot fill
 * memory. `overflow` says the server offered more; the caller decides whether a cut body is usable
 * (an HTML page is) or not (a list or a JSON answer is not).
 */
export async function readBodyAtMost(response: Response, max: number): Promise<{ bytes: Uint8Array; overflow: boolean }> {
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return { bytes: all.subarray(0, max), overflow: all.byteLength > max };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overflow = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    const room = max - total;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      total = max;
      overflow = true;
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (overflow) await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, overflow };
}
