/**
 * Runs the extraction in slices: after a step, when the extension has held the main thread for
 * SLICE_MS, it yields to the page (input, rendering) before the next step. A slice is therefore at
 * most SLICE_MS plus one step, which keeps it under Chrome's 50 ms long-task line (issue 16).
 */
import type { PageFacts } from '../shared/facts';
import { extractionSteps, type ExtractOptions } from './extract';

export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Give the page a turn: scheduler.yield() where the browser has it, else a message-channel task (no timer clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceStats {
  /** Main-thread time of the extraction itself (ms), pauses excluded. */
  busyMs: number;
  /** The longest uninterrupted slice (ms). */
  longestSliceMs: number;
  slices: number;
}

/**
 * extractFacts, but yielding between steps. The budget and `elapsedMs` count only the extraction's
 * own time: a busy page that keeps the thread between two slices must not use up the budget.
 */
export async function extractFactsInSlices(
  root: ParentNode,
  pageUrl: string,
  options: ExtractOptions & { now: () => number },
  pause: () => Promise<void> = yieldToPage,
): Promise<{ facts: PageFacts; stats: SliceStats }> {
  const clock = options.now;
  let paused = 0;
  const steps = extractionSteps(root, pageUrl, { ...options, now: () => clock() - paused });
  const stats: SliceStats = { busyMs: 0, longestSliceMs: 0, slices: 1 };
  let sliceStart = clock();
  for (;;) {
    const step = steps.next();
    const sliceMs = clock() - sliceStart;
    if (step.done || sliceMs >= SLICE_MS) {
      stats.busyMs += sliceMs;
      stats.longestSliceMs = Math.max(stats.longestSliceMs, sliceMs);
    }
    if (step.done) return { facts: step.value, stats };
    if (sliceMs < SLICE_MS) continue;
    const pausedAt = clock();
    await pause();
    paused += clock() - pausedAt;
    sliceStart = clock();
    stats.slices++;
  }
}
