/** `storygraph publish`: load stories into a SPARQL 1.1 store, replacing each story's named graph. */
import { isAbsoluteIri } from "../../graph/rdf/options.ts";
import { PUBLISH_PROTOCOLS, publish, type PublishProtocol } from "../../graph/sparql/endpoint.ts";
import { parseFlags } from "../args.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storiesFromOption } from "../stories-option.ts";

export const publishCommand: Command = {
  name: "publish",
  help: `Usage: storygraph publish --endpoint URL [--story FILE ...] [--graph IRI] [--base IRI]
                         [--protocol graph-store|update] [--user U --password P]

Load stories into a SPARQL 1.1 store, replacing each story's named graph in one request: an
HTTP PUT of the graph to a Graph Store (SPARQL 1.1 Graph Store HTTP Protocol; default), or
one SPARQL Update request (DROP SILENT GRAPH, then INSERT DATA) with --protocol update. A
store applies one request as one transaction, so a failed publish leaves the old graph in
place. Several --story files are published as a corpus: each to its own graph, entities
with the same Wikidata id under their Wikidata IRI. Prints one line per graph to stderr.

Options:
  --endpoint URL    the Graph Store (Virtuoso: http://HOST:8890/sparql-graph-crud-auth) or,
                    with --protocol update, the update endpoint (Virtuoso: .../sparql-auth)
  --story FILE      a story JSON file (repeatable; @default names the built-in story,
                    which is the default without --story)
  --graph IRI       the graph to replace (one story only; default {base}graph)
  --base IRI        base IRI of the story's resources (one story) or of the corpus (several)
  --protocol P      graph-store (default) or update
  --user U          user (HTTP Digest, or Basic when the server asks)
  --password P      its password (default: the STORYGRAPH_PASSWORD environment variable)
  -h, --help        show this help

Against Virtuoso 7 (publish needs a running store: start it first; dba/dba is its
default account):
  $ storygraph publish --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba
  $ storygraph publish --endpoint http://127.0.0.1:8890/sparql-auth --protocol update --user dba --password dba --story tests/fixtures/partnership-followup-story.json --story tests/fixtures/english-story.json

Examples:
  storygraph publish --help
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      endpoint: { type: "string" },
      story: { type: "string", multiple: true },
      graph: { type: "string" },
      base: { type: "string" },
      protocol: { type: "string" },
      user: { type: "string" },
      password: { type: "string" },
    });
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (values.endpoint === undefined) throw new UsageError("missing --endpoint URL");
    if (!/^https?:\/\//.test(values.endpoint)) throw new UsageError(`--endpoint: expected an http(s) URL, got "${values.endpoint}"`);
    const protocol = (values.protocol ?? "graph-store") as PublishProtocol;
    if (!(PUBLISH_PROTOCOLS as readonly string[]).includes(protocol)) throw new UsageError(`--protocol: unknown protocol "${values.protocol}" (known: ${PUBLISH_PROTOCOLS.join(", ")})`);
    if (values.graph !== undefined && !isAbsoluteIri(values.graph)) throw new UsageError(`--graph: expected an absolute IRI, got "${values.graph}"`);
    if (values.graph !== undefined && (values.story?.length ?? 0) > 1) throw new UsageError("--graph applies to one story (a corpus publishes each story to its own graph)");
    if (values.base !== undefined && (!isAbsoluteIri(values.base) || !/[/#]$/.test(values.base))) throw new UsageError(`--base: expected an absolute IRI ending with "/" or "#", got "${values.base}"`);
    if (values.password !== undefined && values.user === undefined) throw new UsageError("--password needs --user");
    const password = values.password ?? process.env.STORYGRAPH_PASSWORD;
    if (values.user !== undefined && password === undefined) throw new UsageError("--user needs --password (or STORYGRAPH_PASSWORD)");
    const source = await storiesFromOption(values.story, io, values.base);
    const reports = await publish(source.kind === "corpus" ? source.corpus : source.story, values.endpoint, {
      protocol,
      ...(values.graph !== undefined && { graph: values.graph }),
      ...(source.kind === "story" && values.base !== undefined && { rdf: { base: values.base } }),
      ...(values.user !== undefined && { user: values.user, password }),
    });
    for (const r of reports) io.err(`storygraph publish: replaced graph <${r.graph}> (${r.bytes} bytes, ${r.protocol})\n`);
    return EXIT.ok;
  },
};
