/**
 * Tell zod never to probe for `eval` (its JIT check calls `Function("")`, which the viewer's
 * CSP forbids and reports as a violation). Imported first by io/load-file.ts and io/gexf.ts (the viewer modules that bring zod, both loaded on demand), before any validation.
 */
import { z } from "zod";

z.config({ jitless: true });
