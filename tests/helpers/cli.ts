// Run the CLI in-process with captured output, or as a real process through bin/storygraph.js.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { processIO } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run `storygraph ...args` in this process. */
export async function runCli(args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, { ...processIO, out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

export const BIN = fileURLToPath(new URL("../../bin/storygraph.js", import.meta.url));

/** Run `node bin/storygraph.js ...args` as a child process. */
export function runBin(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: options.cwd, input: options.input, timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/**
 * A small storygraph/1 story file, as the old format wrote them: `format: "storygraph/1"`,
 * citations with `modality` (and `attribution` for a reported one), relations with one `date`.
 * The first relation's date is not in its quote, so the loader keeps it as inferred, with a notice.
 */
export function story1Input(): Record<string, unknown> {
  return {
    $schema: "../../schema/story.schema.json",
    format: "storygraph/1",
    article: {
      text:
        "On 4 March 2024, Northwind Capital invested 12 million euros in Tidewater Energy.\n" +
        "Tidewater was founded in 2021 by Maya Okafor.\n" +
        "According to two people familiar with the talks, Tidewater wants more money from Northwind Capital.\n" +
        "Tidewater may not need it.",
      language: "en",
      title: "Northwind Capital invests in Tidewater Energy",
      published: "2024-03-05",
    },
    entities: [
      { id: "northwind-capital", kind: "organization", label: "Northwind Capital" },
      { id: "tidewater-energy", kind: "organization", label: "Tidewater Energy", aliases: ["Tidewater"] },
      { id: "maya-okafor", kind: "person", label: "Maya Okafor" },
    ],
    relations: [
      {
        id: "northwind-invested-tidewater",
        kind: "invested",
        source: "northwind-capital",
        target: "tidewater-energy",
        date: "2024-03-04",
        amount: { value: 12_000_000, currency: "EUR", scope: "tranche" },
        citations: [{ sentence: "s1", quote: "Northwind Capital invested 12 million euros in Tidewater Energy", modality: "asserted", gloss: "Northwind Capital invested 12 million euros in Tidewater." }],
      },
      {
        id: "okafor-founded-tidewater",
        kind: "founded",
        source: "maya-okafor",
        target: "tidewater-energy",
        date: "2021",
        citations: [{ sentence: "s2", quote: "Tidewater was founded in 2021 by Maya Okafor", modality: "asserted", gloss: "Maya Okafor founded Tidewater in 2021." }],
      },
      {
        id: "tidewater-seeks-northwind",
        kind: "seeks",
        source: "tidewater-energy",
        target: "northwind-capital",
        citations: [
          {
            sentence: "s3",
            quote: "Tidewater wants more money from Northwind Capital",
            modality: "reported",
            attribution: "two people familiar with the talks",
            gloss: "According to two people familiar with the talks, Tidewater wants more money from Northwind.",
          },
          { sentence: "s4", quote: "Tidewater may not need it", modality: "hypothetical", gloss: "Tidewater may not need more money." },
        ],
      },
    ],
    noClaims: [],
  };
}
