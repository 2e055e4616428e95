/**
 * ForceAtlas2 in its web worker (fa2.ts, loaded on demand: the first frame does not need it),
 * started from the seeded positions of render-graph.ts, and stopped by itself once the nodes stop
 * moving (or after a time limit), with start/stop for the user. Parallel relations share one unit
 * of weight so a pair joined seven times is not pulled into a knot.
 */
import type { Supervisor } from "./fa2.ts";
import type { RenderGraph } from "./render-graph.ts";
import { settledAfter } from "./settle.ts";
import { resolveLayoutOptions, type LayoutOptions } from "./layout-options.ts";

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Layout steps received from the worker since the last start. */
  steps(): number;
  /** Called whenever the layout starts or stops (`settled` true when it stopped by itself). */
  onChange(listener: (running: boolean, settled: boolean) => void): void;
  kill(): void;
}

/**
 * Run ForceAtlas2 on `graph` in a worker, stopped until `start()`. The worker's code is fetched on
 * the first `start()`; the layout counts as running from that call (a `stop()` before the code
 * arrives cancels it).
 */
export function createLayout(graph: RenderGraph, overrides: Partial<LayoutOptions> = {}): LayoutController {
  const options = resolveLayoutOptions(overrides);
  let worker: Supervisor | null = null;
  let loading = false;
  /** True from `start()` until the layout stops, including while the worker's code loads. */
  let running = false;
  const supervisor = {
    isRunning: () => running,
    start() {
      running = true;
      if (worker) return worker.start();
      if (loading) return;
      loading = true;
      void import("./fa2.ts").then(({ createSupervisor }) => {
        if (killed) return;
        worker = createSupervisor(graph);
        if (running) worker.start();
      });
    },
    stop() {
      running = false;
      worker?.stop();
    },
    kill() {
      running = false;
      worker?.kill();
    },
  };
  const listeners: ((running: boolean, settled: boolean) => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let previous: Map<string, { x: number; y: number }> | null = null;
  let calm = 0;
  let steps = 0;
  let killed = false;

  const snapshot = () => {
    const out = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, a) => out.set(id, { x: a.x, y: a.y }));
    return out;
  };
  const emit = (running: boolean, settled: boolean) => {
    for (const l of listeners) l(running, settled);
  };
  const halt = (settled: boolean) => {
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    emit(false, settled);
  };
  const onUpdate = () => {
    if (!supervisor.isRunning()) return;
    steps++;
    const now = snapshot();
    if (previous) {
      const step = settledAfter(previous, now, calm, options);
      calm = step.calm;
      if (step.settled || steps >= options.maxSteps) halt(true);
    }
    previous = now;
  };
  graph.on("eachNodeAttributesUpdated", onUpdate);

  const controller: LayoutController = {
    start() {
      if (killed || supervisor.isRunning()) return;
      previous = null;
      calm = 0;
      steps = 0;
      supervisor.start();
      timer = setTimeout(() => halt(true), options.maxDurationMs);
      emit(true, false);
    },
    stop: () => halt(false),
    isRunning: () => supervisor.isRunning(),
    steps: () => steps,
    onChange: (listener) => void listeners.push(listener),
    kill() {
      if (killed) return;
      killed = true;
      halt(false);
      graph.removeListener("eachNodeAttributesUpdated", onUpdate);
      supervisor.kill();
    },
  };
  return controller;
}
