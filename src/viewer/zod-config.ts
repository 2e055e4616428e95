/**
 * Tell zod never to probe for `eval` (its JIT check calls `Function("")`, which the viewer's
 * CSP forbids and reports as a violation). Imported first by io/load-file.ts, io/gexf.ts and editor/editor.ts (the viewer modules that bring zod, all loaded on demand), before any validation.
 */
import { z } from "zod";

z.config({ jitless: true });
