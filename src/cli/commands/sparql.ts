/** `storygraph sparql`: SPARQL 1.1 over stories in an embedded store (oxigraph, in process), or at an endpoint. */
import { InvalidArgumentError } from "../../graph/errors.ts";
import { isAbsoluteIri } from "../../graph/rdf/options.ts";
import { sparqlEndpointQuery } from "../../graph/sparql/endpoint.ts";
import { sparqlCsv, sparqlTable } from "../../graph/sparql/format.ts";
import { sparqlStore } from "../../graph/sparql/store.ts";
import type { SparqlResults } from "../../graph/sparql/results.ts";
import { parseFlags } from "../args.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storiesFromOption } from "../stories-option.ts";

export const sparqlCommand: Command = {
  name: "sparql",
  help: `Usage: storygraph sparql QUERY | --file Q.rq [--story FILE ...] [--base IRI] [--json | --csv]
       storygraph sparql QUERY | --file Q.rq --endpoint URL [--user U --password P] [--json | --csv]

Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the stories' RDF in an
embedded store (oxigraph, in this process: no server), or send it to a SPARQL endpoint.
Each story is loaded in its own named graph; the default graph is their union, so a query
without GRAPH sees every story and GRAPH ?g tells them apart. Several --story files form a
corpus: entities with the same Wikidata id are one resource (their Wikidata IRI), each story
keeps its graph ({base}{file name}/graph). Prints a table, SPARQL 1.1 Query Results JSON
(--json) or SPARQL CSV (--csv); CONSTRUCT and DESCRIBE print N-Triples.

Options:
  --file Q.rq       read the query from a file instead of the argument
  --story FILE      a story JSON file (repeatable; @default names the built-in story,
                    which is the default without --story)
  --base IRI        base IRI of the story's resources (one story) or of the corpus (several)
  --json            SPARQL 1.1 Query Results JSON
  --csv             SPARQL 1.1 CSV
  --endpoint URL    send the query to this SPARQL endpoint instead (no --story)
  --user U          user for the endpoint (HTTP Digest, or Basic when the server asks)
  --password P      its password (default: the STORYGRAPH_PASSWORD environment variable)
  -h, --help        show this help

Ready queries (README "SPARQL"): linked-data/queries/*.rq.
Against a server (start one first), e.g. Virtuoso:
  $ storygraph sparql --file linked-data/queries/reported-claims.rq --endpoint http://127.0.0.1:8890/sparql

Examples:
  storygraph sparql 'PREFIX sg: <https://w3id.org/storygraph/ns#> SELECT ?id WHERE { ?c a sg:Event ; sg:id ?id }'
  storygraph sparql --file linked-data/queries/founders-of-openai.rq --story tests/fixtures/partnership-followup-story.json --csv
  storygraph sparql --file linked-data/queries/microsoft-openai-relations.rq --story @default --story tests/fixtures/partnership-followup-story.json
  storygraph sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --story tests/fixtures/english-story.json --story tests/fixtures/lawsuit-story.json --json
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        file: { type: "string" },
        story: { type: "string", multiple: true },
        base: { type: "string" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        endpoint: { type: "string" },
        user: { type: "string" },
        password: { type: "string" },
      },
      true,
    );
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (values.json && values.csv) throw new UsageError("--json and --csv cannot be used together");
    if (values.file !== undefined && positionals.length > 0) throw new UsageError("give the query as an argument or with --file, not both");
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}" (quote the query)`);
    if (values.file === undefined && positionals.length === 0) throw new UsageError("missing the query (an argument or --file Q.rq)");
    if (values.endpoint !== undefined && values.story !== undefined) throw new UsageError("--story cannot be used with --endpoint (the endpoint holds the data)");
    if (values.endpoint === undefined && (values.user !== undefined || values.password !== undefined)) throw new UsageError("--user and --password only apply with --endpoint");
    if (values.base !== undefined && (values.endpoint !== undefined || !isAbsoluteIri(values.base) || !/[/#]$/.test(values.base))) {
      throw new UsageError(values.endpoint !== undefined ? "--base does not apply with --endpoint" : `--base: expected an absolute IRI ending with "/" or "#", got "${values.base}"`);
    }
    const query = values.file !== undefined ? new TextDecoder("utf-8", { fatal: false }).decode(io.readFile(values.file)) : positionals[0]!;
    let results: SparqlResults;
    if (values.endpoint !== undefined) {
      if (!/^https?:\/\//.test(values.endpoint)) throw new UsageError(`--endpoint: expected an http(s) URL, got "${values.endpoint}"`);
      const password = values.password ?? process.env.STORYGRAPH_PASSWORD;
      if (values.user !== undefined && password === undefined) throw new UsageError("--user needs --password (or STORYGRAPH_PASSWORD)");
      results = await sparqlEndpointQuery(values.endpoint, query, { ...(values.user !== undefined && { user: values.user, password }) });
    } else {
      const source = await storiesFromOption(values.story, io, values.base);
      const store = source.kind === "corpus" ? sparqlStore(source.corpus) : sparqlStore(values.base !== undefined ? { story: source.story, rdf: { base: values.base } } : source.story);
      try {
        results = store.query(query);
      } catch (e) {
        if (e instanceof InvalidArgumentError) throw new InvalidArgumentError("storygraph sparql", "query", e.message.replace(/^sparqlQuery: query: /, ""));
        throw e;
      }
    }
    io.out(values.json ? JSON.stringify(results, null, 2) + "\n" : values.csv ? sparqlCsv(results) : sparqlTable(results));
    return EXIT.ok;
  },
};
