/**
 * Writes the linked-data files the package ships beside the RDF export, from their sources in
 * src/graph/rdf/:
 * - `linked-data/context.jsonld`: the JSON-LD `@context` of the export (`jsonLdContextText`);
 * - `linked-data/shapes.ttl`: its SHACL shapes (`SHACL_SHAPES`);
 * - `linked-data/queries/*.rq`: the README's ready queries (src/graph/sparql/ready.ts) on the
 *   default story's actors, for `storygraph sparql --file`.
 * Run after changing either: `npx tsx scripts/gen-linked-data.ts` (tests/rdf-files.test.ts fails
 * until the shipped files are regenerated). Each file is written to a temp file, then renamed.
 *
 * Importing this module writes nothing: tests import `linkedDataFiles` from it.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { jsonLdContextText } from "../src/graph/rdf/context.ts";
import { SHACL_SHAPES } from "../src/graph/rdf/shapes.ts";
import { claimsBetweenDatesQuery, claimsBetweenQuery, foundersQuery, onlyPossibleQuery, reportedClaimsQuery } from "../src/graph/sparql/ready.ts";

/** The shipped files and their text, relative to the package root. */
export function linkedDataFiles(): readonly (readonly [string, string])[] {
  return [
    ["linked-data/context.jsonld", jsonLdContextText()],
    ["linked-data/shapes.ttl", SHACL_SHAPES],
    ["linked-data/queries/founders-of-openai.rq", foundersQuery("Q21708200") + "\n"],
    ["linked-data/queries/reported-claims.rq", reportedClaimsQuery() + "\n"],
    ["linked-data/queries/only-possible-about-microsoft.rq", onlyPossibleQuery("Q2283") + "\n"],
    ["linked-data/queries/microsoft-openai-relations.rq", claimsBetweenQuery("Q2283", "Q21708200") + "\n"],
    ["linked-data/queries/claims-in-2019.rq", claimsBetweenDatesQuery("2019-01-01", "2019-12-31") + "\n"],
  ];
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  for (const [file, text] of linkedDataFiles()) {
    const target = resolve(root, file);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, target);
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
