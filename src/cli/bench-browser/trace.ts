/**
 * Reads a Chrome trace (CDP Tracing, with the V8 sampling profiler on): how much of the page's
 * main thread went to the extension. Script load = evaluation of the extension's content scripts
 * (parse, compile, top-level run: EvaluateScript events); analysis = the share of each top-level
 * task whose CPU samples have one of the extension's functions on the stack (DOM calls made by our
 * code included), outside those evaluations. Times are thread CPU time (the trace's `tdur`), so a
 * busy machine stretches them less than wall time; on an idle machine the two agree.
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
].join(',');

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TraceSummary {
  /** Main-thread ms evaluating the extension's content scripts. */
  loadMs: number;
  /** Main-thread ms with an extension function on the stack, outside script evaluation. */
  analysisMs: number;
  /** Main-thread ms of all top-level tasks of the page's renderer from commit to the end of the trace. */
  mainThreadMs: number;
  /** The longest top-level task that did extension work (thread ms); 0 when none did. */
  longestExtensionTaskMs: number;
  /** Extension scripts evaluated in the page (paths). */
  scripts: string[];
  /** Analysis ms per extension function (the innermost extension frame of each sample), for --profile. */
  hotFunctions: Map<string, number>;
  /** What the longest extension task did: its top-level event and its busiest extension functions (for --profile). */
  longestTaskWork: string;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

interface Chunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const dataOf = (event: TraceEvent) => (event.args?.data ?? {}) as Record<string, unknown>;

/**
 * The renderer process and main thread of the page at `pageUrl`: the one that committed it during
 * the trace, or (a trace started later, e.g. while idle) the one the trace found it in.
 */
function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number; committedAt: number } | null {
  const commit = events.find((e) => e.name === 'FrameCommittedInBrowser' && dataOf(e).url === pageUrl && dataOf(e).isInPrimaryMainFrame === true);
  let pid = commit ? Number(dataOf(commit).processId) : NaN;
  if (!commit) {
    const started = events.find((e) => e.name === 'TracingStartedInBrowser');
    const frames = (dataOf(started ?? ({} as TraceEvent)).frames ?? []) as Array<{ url?: string; processId?: number; isOutermostMainFrame?: boolean }>;
    pid = Number(frames.find((f) => f.url === pageUrl && f.isOutermostMainFrame)?.processId ?? NaN);
  }
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args as { name?: string }).name === 'CrRendererMain');
  return main ? { pid, tid: main.tid, committedAt: commit?.ts ?? -Infinity } : null;
}

/** The CPU samples (µs) of one thread whose stack holds a function from `origin`, with that innermost function. */
function extensionSamples(events: TraceEvent[], pid: number, tid: number, origin: string): Array<{ ts: number; dur: number; fn: string }> {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ ts: number; node: number }> = [];
  let ts = Number((dataOf(profile).startTime as number | undefined) ?? profile.ts);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = dataOf(chunk) as Chunk;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    ids.forEach((node, i) => {
      ts += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts, node });
    });
  }
  const ours = new Map<number, string | null>();
  const ourFrame = (id: number | undefined): string | null => {
    if (id === undefined) return null;
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const frame = node?.callFrame;
    const result = !node ? null : (frame?.url ?? '').startsWith(origin) ? `${frame?.functionName || '(anonymous)'} ${(frame?.url ?? '').slice(origin.length)}:${frame?.lineNumber ?? 0}:${frame?.columnNumber ?? 0}` : ourFrame(node.parent);
    ours.set(id, result);
    return result;
  };
  samples.sort((a, b) => a.ts - b.ts);
  return samples.flatMap((s, i) => {
    const fn = ourFrame(s.node);
    return fn ? [{ ts: s.ts, dur: Math.min(1000, (samples[i + 1]?.ts ?? s.ts) - s.ts), fn }] : [];
  });
}

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const within = (ts: number, e: TraceEvent) => ts >= e.ts && ts <= e.ts + (e.dur ?? 0);

export function summariseTrace(events: TraceEvent[], pageUrl: string, origin: string | null): TraceSummary | null {
  const thread = pageThread(events, pageUrl);
  if (!thread) return null;
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts >= thread.committedAt);
  // RunTask is what DevTools calls a task (and a long task); it also covers idle-callback tasks.
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const mainThreadMs = tasks.reduce((sum, e) => sum + cpu(e), 0);
  if (!origin) return { loadMs: 0, analysisMs: 0, mainThreadMs, longestExtensionTaskMs: 0, scripts: [], hotFunctions: new Map(), longestTaskWork: '' };

  const evaluations = onMain.filter((e) => e.name === 'EvaluateScript' && String(dataOf(e).url ?? '').startsWith(origin));
  const analysis = extensionSamples(events, thread.pid, thread.tid, origin).filter((s) => !evaluations.some((e) => within(s.ts, e)));
  let analysisMs = 0;
  let longestExtensionTaskMs = 0;
  let longestTaskWork = '';
  const hotFunctions = new Map<string, number>();
  for (const task of tasks) {
    const ours = analysis.filter((s) => within(s.ts, task));
    const evaluated = evaluations.some((e) => within(e.ts, task));
    if (ours.length === 0 && !evaluated) continue;
    // Wall time of our samples as a share of the task, applied to the task's thread time.
    const scale = task.dur ? cpu(task) / (task.dur / 1000) : 1;
    for (const s of ours) {
      const ms = (s.dur / 1000) * scale;
      analysisMs += ms;
      hotFunctions.set(s.fn, (hotFunctions.get(s.fn) ?? 0) + ms);
    }
    if (cpu(task) > longestExtensionTaskMs) {
      longestExtensionTaskMs = cpu(task);
      const inTask = new Map<string, number>();
      for (const s of ours) inTask.set(s.fn, (inTask.get(s.fn) ?? 0) + s.dur / 1000);
      const top = [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([fn, ms]) => `${fn} ${ms.toFixed(1)} ms`);
      longestTaskWork = `${evaluated ? 'script evaluation; ' : ''}${top.join(', ')}`;
    }
  }
  return {
    loadMs: evaluations.reduce((sum, e) => sum + cpu(e), 0),
    analysisMs,
    mainThreadMs,
    longestExtensionTaskMs,
    scripts: evaluations.map((e) => new URL(String(dataOf(e).url)).pathname),
    hotFunctions,
    longestTaskWork,
  };
}
