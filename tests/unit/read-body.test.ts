import { describe, expect, it } from 'vitest';
import { readBodyAtMost } from '../../src/shared/read-body';

/** A streamed body in the given chunks; `pulled` counts how many the reader asked for. */
function streamed(chunks: string[]) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { response: new Response(body), state };
}

describe('readBodyAtMost', () => {
  it('reads a body below the cap whole', async () => {
    const { response } = streamed(['abc', 'def']);
    const { bytes, overflow } = await readBodyAtMost(response, 10);
    expect(new TextDecoder().decode(bytes)).toBe('abcdef');
    expect(overflow).toBe(false);
  });

  it('stops at the cap, keeps exactly the first bytes and never reads the rest', async () => {
    const { response, state } = streamed(['abcd', 'efgh', 'ijkl', 'mnop']);
    const { bytes, overflow } = await readBodyAtMost(response, 6);
    expect(new TextDecoder().decode(bytes)).toBe('abcdef');
    expect(overflow).toBe(true);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBe(2);
  });

  it('a body of exactly the cap is not an overflow', async () => {
    const { response } = streamed(['abc', 'def']);
    expect((await readBodyAtMost(response, 6)).overflow).toBe(false);
  });

  it('a response without a stream is cut the same way', async () => {
    const { bytes, overflow } = await readBodyAtMost(new Response(null), 5);
    expect(bytes.byteLength).toBe(0);
    expect(overflow).toBe(false);
  });
});
