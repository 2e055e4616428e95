/**
 * A relay for the first frame's graph view handlers: the view exists (and its layout runs) before
 * app.ts connects, so the relay forwards events to whoever connects and, on connection, replays
 * the layout's last state. Replaying "settled" matters: a layout that settled before the panels
 * connected must read "Layout settled", not "Layout stopped". No DOM, no sigma.
 */
import type { GraphViewHandlers } from "./graph-view.ts";

/** The handlers to give the view now, and how to route them to the real ones later. */
export interface HandlerRelay {
  readonly handlers: GraphViewHandlers;
  /**
   * Route every event to `target` from now on, first replaying the layout's last state.
   *
   * @param target - the handlers that take over.
   * @param running - whether the layout runs now (when it has not reported a change yet).
   */
  connect(target: GraphViewHandlers, running: boolean): void;
}

/** A relay that holds events until `connect`, keeping the layout's last reported state. */
export function createHandlerRelay(): HandlerRelay {
  let target: GraphViewHandlers | null = null;
  let lastLayout: { running: boolean; settled: boolean } | null = null;
  return {
    handlers: {
      onSelect: (s) => target?.onSelect(s),
      onClearSelection: () => target?.onClearSelection(),
      onContextLost: (lost) => target?.onContextLost(lost),
      onLayoutChange: (running, settled) => {
        lastLayout = { running, settled };
        target?.onLayoutChange(running, settled);
      },
    },
    connect(next, running) {
      target = next;
      // the last reported change, if the layout still is as it reported; else what it is now
      if (lastLayout && lastLayout.running === running) next.onLayoutChange(lastLayout.running, lastLayout.settled);
      else next.onLayoutChange(running, false);
    },
  };
}
