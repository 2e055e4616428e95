/**
 * Where the viewer's time goes when it opens the 10k-entity / 50k-relation story, beside the
 * floor page (bench/floor/: parse + validate
 * + the viewer's canvas, nothing else). Not part of `npm run bench`.
 *
 *   npx tsx bench/profile-50k.ts [--runs=3] [--variants=a,b] [--profile] [--trace] [--unminified] [--rebuild] [--dir=/tmp/storygraph-50k] [--out=FILE.json]
 *
 * - `--runs=N`: N rounds; each opens the story through the viewer's file input, then loads the
 *   floor page. Marks, from the input's change (viewer) or the fetch's start (floor), see
 *   bench/big-site.ts: mounted (the viewer's synchronous mount done), shown (the first frame that
 *   can start only once sigma's first render is committed: the graph on screen), first frame (the
 *   frame after the first render after the mount: the floor page's own definition), drawn (the
 *   frame after the next render: edge labels), and bench/viewer.ts's own measure. Medians and
 *   ratios to the floor are printed.
 * - `--variants=a,b`: more built sites (folders DIR/a/viewer/, DIR/b/viewer/: the viewer built from
 *   patched sources, e.g. `npx tsx` on buildBigSite with `name`), opened in each round after the
 *   main one, for before/after measures of a change.
 * - `--profile`: one more open with the V8 CPU profiler of the page (CDP Profiler, 250 µs
 *   sampling), counted from the change to bench/viewer.ts's frame: self and total (inclusive)
 *   time by function, and a chronology. Build with `--unminified` for readable function names.
 * - `--trace`: one more open with a Chrome trace (devtools.timeline, gpu, v8): each thread's busy
 *   time and self time by trace event (the page's script, style, layout, paint, commit and its
 *   GLES2::ReadPixels wait for the GPU process; the file-checking worker; the GPU thread). The
 *   trace is saved (DIR/viewer-open.trace.json) for chrome://tracing or Perfetto.
 * The sites are built as bench/viewer.ts builds them (bench/big-site.ts), into DIR, never dist/.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, CDPSession } from "playwright-core";
import { launchChromium, serveStatic } from "../tests/helpers/browser.ts";
import { buildBigSite, openViewer } from "./big-site.ts";
import { median } from "./measure.ts";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k!, v ?? "true"]; }));
const RUNS = Number(args.get("runs") ?? 3);
const DIR = args.get("dir") ?? "/tmp/storygraph-50k";

/** The floor page (bench/floor/, with its `shown` mark) in a container of `box`'s size. */
async function floor(context: BrowserContext, url: string, box: { width: number; height: number }): Promise<{ read: number; parsed: number; built: number; firstFrame: number; shown: number }> {
  const fp = await context.newPage();
  await fp.goto(`${url}floor/?w=${Math.round(box.width)}&h=${Math.round(box.height)}`);
  const f = await fp.waitForFunction(() => (window as any).__floor, null, { timeout: 300_000, polling: 100 });
  const v = (await f.jsonValue()) as { read: number; parsed: number; built: number; firstFrame: number; shown: number };
  await fp.close();
  return v;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** `window`: [from, to] in profile time (µs) to count; `label`: the chronology's grouping depth. */
function rankProfile(p: CpuProfile, window: [number, number] = [-Infinity, Infinity]): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? path.basename(f.url.split("?")[0]!) : "";
    return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let wall = 0;
  let t = p.startTime;
  const segments: { label: string; start: number; ms: number }[] = [];
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (t < window[0] || t > window[1]) continue;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    wall += dt;
    let n = byId.get(p.samples[i]!)!;
    // chronology: the first frames under the root
    const chain: string[] = [];
    for (let m: ProfileNode | undefined = n; m; m = parent.has(m.id) ? byId.get(parent.get(m.id)!) : undefined) chain.unshift(key(m));
    const label = chain.slice(1, 6).join(" > ");
    const last = segments[segments.length - 1];
    if (last && last.label === label) last.ms += dt;
    else segments.push({ label, start: (t - window[0]) / 1000, ms: dt });
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (;;) {
      const k = key(n);
      if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + dt); }
      const up = parent.get(n.id);
      if (up === undefined) break;
      n = byId.get(up)!;
    }
  }
  const top = (m: Map<string, number>, count: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `${(v / 1000).toFixed(3).padStart(8)} s  ${((100 * v) / wall).toFixed(1).padStart(5)} %  ${k}`).join("\n");
  // merge short interruptions: a segment of under 20 ms between two of the same label
  const merged: typeof segments = [];
  for (const s of segments) {
    const prev = merged[merged.length - 1];
    if (prev && prev.label === s.label) prev.ms += s.ms;
    else merged.push({ ...s });
  }
  const chrono = merged.filter((s) => s.ms >= 60).map((s) => `${(s.start / 1000).toFixed(2).padStart(7)} s  +${s.ms.toFixed(0).padStart(6)} ms  ${s.label}`).join("\n");
  return [`profiled wall time ${(wall / 1000).toFixed(2)} s (${p.samples.length} samples)`, "", "self time:", top(self, 45), "", "total (inclusive) time:", top(total, 80), "", "chronology (stretches of ≥ 60 ms, by the first five frames):", chrono].join("\n");
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

function rankTrace(events: TraceEvent[], from: number, to: number): string {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined || e.ts + e.dur < from || e.ts > to) continue;
    const k = `${e.pid}:${e.tid}`;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  const out: string[] = [`trace window ${((to - from) / 1e6).toFixed(2)} s`];
  for (const [k, evs] of [...byThread].sort((a, b) => b[1].length - a[1].length)) {
    evs.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const selfBy = new Map<string, number>();
    const stack: { end: number; name: string; child: number; dur: number }[] = [];
    let busy = 0;
    const pop = () => { const s = stack.pop()!; selfBy.set(s.name, (selfBy.get(s.name) ?? 0) + s.dur - s.child); };
    for (const e of evs) {
      while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
      const start = Math.max(e.ts, from);
      const end = Math.min(e.ts + e.dur!, to);
      const d = Math.max(0, end - start);
      if (stack.length) stack[stack.length - 1]!.child += d; else busy += d;
      stack.push({ end: e.ts + e.dur!, name: e.name, child: 0, dur: d });
    }
    while (stack.length) pop();
    if (busy < 50_000) continue;
    out.push("", `thread ${threadName.get(k) ?? k}: busy ${(busy / 1e6).toFixed(2)} s; self time by event:`);
    for (const [n, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 14)) out.push(`  ${(v / 1e6).toFixed(3).padStart(8)} s  ${n}`);
  }
  return out.join("\n");
}

async function main(): Promise<void> {
  const site = await buildBigSite(DIR, { minify: args.has("unminified") ? false : undefined, rebuild: args.has("rebuild") });
  // --variants=a,b: more built sites under DIR (folders a/, b/ with viewer/), opened in turn with the main one
  const variants = (args.get("variants") ?? "").split(",").filter(Boolean);
  writeFileSync(path.join(DIR, "index.html"), "<!doctype html><title>bench</title>");
  const server = await serveStatic(path.dirname(site.root));
  const browser = await launchChromium();
  const context = browser.context;
  const base = `${server.url}${path.basename(site.root)}/`;
  const url = base;
  const sites = [{ name: "viewer", url: base }, ...variants.map((v) => ({ name: v, url: `${server.url}${v}/` }))];
  const result: Record<string, unknown> = {};
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  try {
    // warm-up: not measured
    await (await openViewer(context, url + "viewer/", site.storyFile)).page.close();
    const rows = new Map<string, { open: number[]; loaded: number[]; shown: number[]; firstFrame: number[]; drawn: number[] }>(sites.map((x) => [x.name, { open: [], loaded: [], shown: [], firstFrame: [], drawn: [] }]));
    const floors: number[] = [];
    const floorShown: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let box = { width: 1000, height: 800 };
      for (const x of sites) {
        const o = await openViewer(context, x.url + "viewer/", site.storyFile);
        await o.page.close();
        box = o.graphBox;
        const r = rows.get(x.name)!;
        r.open.push(o.open);
        r.loaded.push(o.loaded);
        r.shown.push(o.shown);
        r.firstFrame.push(o.firstFrame);
        r.drawn.push(o.drawn);
        console.log(`run ${i + 1} ${x.name}: change → mounted ${s(o.loaded)}, → shown ${s(o.shown)}, → first frame (floor's definition) ${s(o.firstFrame)}, → drawn (edge labels) ${s(o.drawn)}; bench/viewer.ts's measure ${s(o.open)}${o.errors.length ? `; page errors: ${o.errors.join("; ").slice(0, 200)}` : ""}`);
      }
      const f = await floor(context, url, box);
      floors.push(f.firstFrame);
      floorShown.push(f.shown);
      console.log(`run ${i + 1} floor: shown ${s(f.shown)}, first frame ${s(f.firstFrame)} (read ${f.read.toFixed(0)} ms, parsed ${f.parsed.toFixed(0)}, built ${f.built.toFixed(0)}); load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}`);
    }
    if (RUNS > 0) {
      const fl = median(floors);
      const fs = median(floorShown);
      console.log(`\nmedians of ${RUNS} (floor: shown ${s(fs)}, first frame ${s(fl)}):`);
      for (const [name, r] of rows) {
        console.log(`  ${name}: mounted ${s(median(r.loaded))}, shown ${s(median(r.shown))} (${(median(r.shown) / fs).toFixed(2)}× floor's; per run ${r.shown.map((v, i) => (v / floorShown[i]!).toFixed(2)).join(", ")}), first frame ${s(median(r.firstFrame))} (${(median(r.firstFrame) / fl).toFixed(2)}× floor; per run ${r.firstFrame.map((v, i) => (v / floors[i]!).toFixed(2)).join(", ")}), drawn ${s(median(r.drawn))}, bench measure ${s(median(r.open))} (${(median(r.open) / fl).toFixed(2)}×)`);
      }
      Object.assign(result, { floors, floorShown, rows: Object.fromEntries(rows) });
    }
    if (args.has("profile")) {
      let cdp: CDPSession;
      let anchor = 0;
      let profile: CpuProfile | null = null;
      const o = await openViewer(context, url + "viewer/", site.storyFile, {
        async start(page) {
          cdp = await context.newCDPSession(page);
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
          await cdp.send("Profiler.start");
          anchor = (await page.evaluate(() => performance.now())) as number;
        },
        async stop() {
          profile = ((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile;
          writeFileSync(path.join(DIR, "viewer-open.cpuprofile"), JSON.stringify(profile));
        },
      });
      console.log(`\nprofiled open: ${(o.open / 1000).toFixed(2)} s (profiler on); CPU profile ${path.join(DIR, "viewer-open.cpuprofile")}, counted from the change event to that frame:`);
      const times = (await o.page.evaluate(() => ({ change: (window as any).__bench.change, frame: (window as any).__bench.frame }))) as { change: number; frame: number };
      // profile time (µs) = page time (ms) − anchor, from the profile's start
      const toProfile = (ms: number) => profile!.startTime + (ms - anchor) * 1000;
      console.log(rankProfile(profile!, [toProfile(times.change), toProfile(times.frame)]));
      await o.page.close();
    }
    if (args.has("trace")) {
      let cdp: CDPSession;
      let events: TraceEvent[] = [];
      let window: [number, number] = [0, 0];
      const o = await openViewer(context, url + "viewer/", site.storyFile, {
        async start(page) {
          cdp = await context.newCDPSession(page);
          await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "gpu", "cc", "viz", "toplevel", "blink"] }, transferMode: "ReturnAsStream" });
          await page.evaluate(() => performance.mark("open-start"));
        },
        async stop(page) {
          await page.evaluate(() => performance.mark("open-end"));
          const done = new Promise<string>((res) => (cdp as unknown as { once(e: string, f: (p: { stream: string }) => void): void }).once("Tracing.tracingComplete", (e) => res(e.stream)));
          await cdp.send("Tracing.end");
          const stream = await done;
          const chunks: string[] = [];
          for (;;) {
            const r = (await cdp.send("IO.read", { handle: stream, size: 1 << 22 })) as { data: string; eof: boolean; base64Encoded?: boolean };
            chunks.push(r.base64Encoded ? Buffer.from(r.data, "base64").toString("utf8") : r.data);
            if (r.eof) break;
          }
          await cdp.send("IO.close", { handle: stream });
          const text = chunks.join("");
          writeFileSync(path.join(DIR, "viewer-open.trace.json"), text);
          const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
          events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
          const marks = events.filter((e) => e.name === "open-start" || e.name === "open-end");
          const s = marks.find((e) => e.name === "open-start")?.ts ?? Math.min(...events.map((e) => e.ts).filter((t) => t > 0));
          const en = marks.find((e) => e.name === "open-end")?.ts ?? Math.max(...events.map((e) => e.ts));
          window = [s, en];
        },
      });
      console.log(`\ntraced open: ${(o.open / 1000).toFixed(2)} s (tracing on; ${path.join(DIR, "viewer-open.trace.json")})`);
      console.log(rankTrace(events, window[0], window[1]));
      await o.page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (args.has("out")) writeFileSync(args.get("out")!, JSON.stringify(result, null, 2));
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
