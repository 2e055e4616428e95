/** `storygraph export`: the story as GEXF 1.3 (Gephi, networkx, …), as story JSON or as RDF (Turtle, TriG, N-Quads, JSON-LD), to stdout or atomically to a file. */
import { InvalidArgumentError } from "../../graph/errors.ts";
import { GEXF_DATE_MODES, resolveGexfOptions, type GexfOptions } from "../../graph/gexf/options.ts";
import { writeGexf } from "../../graph/gexf/writer.ts";
import { toStoryJson } from "../../graph/input/story-json.ts";
import { RDF_FORMATS, resolveRdfOptions, type RdfFormat, type RdfOptions } from "../../graph/rdf/options.ts";
import { writeRdf } from "../../graph/rdf/writer.ts";
import { parseFlags } from "../args.ts";
import { writeFileAtomic } from "../atomic-write.ts";
import { plural } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storyFromOption } from "../story-option.ts";

const FORMATS = ["gexf", "json", ...RDF_FORMATS] as const;

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: expected a non-negative integer, got "${value}"`);
  return Number(value);
}

export const exportCommand: Command = {
  name: "export",
  help: `Usage: storygraph export [--format gexf|json|turtle|trig|nquads|jsonld] [--out FILE] [--story FILE]
                        [GEXF options] [RDF options]

Write the story as GEXF 1.3 (default; opens in Gephi, networkx, graphology) or as a
storygraph/2 story JSON file (the format --story reads; a storygraph/1 --story file is
written converted, as storygraph migrate does). Writes to standard output, or with --out
to FILE atomically: a temporary file is written, then renamed over FILE, so a failed
export leaves no partial file and an existing FILE untouched.

Options:
  --format F        gexf (default), json, or RDF: turtle, trig, nquads, jsonld (README "RDF export")
  --out FILE        write to FILE instead of standard output
  --story FILE      a story JSON file instead of the built-in story
  -h, --help        show this help

GEXF options:
  --dates MODE      ${GEXF_DATE_MODES.join(", ")} (default interval): how dated claims
                    become GEXF dynamics (Gephi's timeline)
  --seed N          seed of the layout's initial positions (default 1)
  --iterations N    ForceAtlas2 iterations for node positions, 0 for none (default 200)

RDF options:
  --base IRI        base IRI of the story's resources, ending with / or # (default
                    https://example.org/storygraph/, a placeholder: give your own to publish)
  --graph IRI       IRI of the story's named graph (default {base}graph)

Examples:
  storygraph export --format gexf --out story.gexf
  storygraph export --format turtle --base https://news.example/stories/ms-openai/ > story.ttl
  storygraph export --format nquads --story tests/fixtures/partnership-followup-story.json --out followup.nq
  storygraph export --format json --story tests/fixtures/lawsuit-story.json > copy.json
  storygraph export --dates onward --iterations 500 > story.gexf
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      format: { type: "string" },
      out: { type: "string" },
      story: { type: "string" },
      dates: { type: "string" },
      seed: { type: "string" },
      iterations: { type: "string" },
      base: { type: "string" },
      graph: { type: "string" },
    });
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format ?? "gexf";
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: unknown format "${format}" (known: ${FORMATS.join(", ")})`);
    if (values.out === "") throw new UsageError("--out: the file name is empty");
    const gexfFlags = (["dates", "seed", "iterations"] as const).filter((k) => values[k] !== undefined);
    if (format !== "gexf" && gexfFlags.length > 0) throw new UsageError(`--${gexfFlags[0]} only applies to --format gexf`);
    const rdfFlags = (["base", "graph"] as const).filter((k) => values[k] !== undefined);
    const isRdf = (RDF_FORMATS as readonly string[]).includes(format);
    if (!isRdf && rdfFlags.length > 0) throw new UsageError(`--${rdfFlags[0]} only applies to the RDF formats (${RDF_FORMATS.join(", ")})`);
    let rdfOptions: RdfOptions | undefined;
    if (isRdf) {
      try {
        rdfOptions = resolveRdfOptions({ ...(values.base !== undefined && { base: values.base }), ...(values.graph !== undefined && { graph: values.graph }) }, "export");
      } catch (e) {
        if (e instanceof InvalidArgumentError) throw new UsageError(e.message.replace(/^export: options\.(\w+)/, "--$1"));
        throw e;
      }
    }
    let options: GexfOptions | undefined;
    if (format === "gexf") {
      const seed = integerFlag("seed", values.seed);
      const iterations = integerFlag("iterations", values.iterations);
      try {
        options = resolveGexfOptions(
          {
            ...(values.dates !== undefined && { dates: values.dates as GexfOptions["dates"] }),
            ...(seed !== undefined && { seed }),
            ...(iterations !== undefined && { layoutIterations: iterations }),
          },
          "export",
        );
      } catch (e) {
        if (e instanceof InvalidArgumentError) throw new UsageError(e.message.replace(/^export: options\.(\w+)/, (_m, k: string) => `--${k === "layoutIterations" ? "iterations" : k}`));
        throw e;
      }
    }
    const story = await storyFromOption(values.story, io);
    const chunks: Iterable<string> = options ? writeGexf(story, options) : rdfOptions ? writeRdf(story, format as RdfFormat, rdfOptions) : [toStoryJson(story)];
    if (values.out === undefined) {
      for (const chunk of chunks) io.out(chunk);
    } else {
      await writeFileAtomic(values.out, chunks);
      io.err(`storygraph export: wrote ${values.out} (${format}, ${plural(story.entities.length, "entity")}, ${plural(story.relations.length, "relation")}, ${plural(story.events.length, "event")})\n`);
    }
    return EXIT.ok;
  },
};
