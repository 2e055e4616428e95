/**
 * The IRIs one story's resources get under its base: the graph, the article, its sentences,
 * entities, claims and their citations (Web Annotations with their targets and selectors),
 * the agents who state things, and the story's own kinds and roles. News-core kinds and roles
 * have fixed IRIs (`sgk:founding`, `sgr:founder`) shared by every story.
 */
import type { Vocabulary } from "../vocabulary/types.ts";
import { vocabularyIndex } from "../vocabulary/resolve.ts";
import { foldName } from "../text.ts";
import { coreKind, coreRole } from "./namespaces.ts";
import type { RdfOptions } from "./options.ts";

/** The IRIs of one story's resources. */
export interface StoryIris {
  readonly base: string;
  readonly graph: string;
  readonly article: string;
  readonly author: string;
  sentence(id: string): string;
  entity(id: string): string;
  claim(id: string): string;
  amount(claimId: string): string;
  /** Citation `index` (0-based) of a claim: the `oa:Annotation`. */
  annotation(claimId: string, index: number): string;
  /** The annotation's target (`oa:SpecificResource`), its quote and position selectors, link `k` of its source chain. */
  target(claimId: string, index: number): string;
  quoteSelector(claimId: string, index: number): string;
  positionSelector(claimId: string, index: number): string;
  chainLink(claimId: string, index: number, k: number): string;
  /** A source the article names that is not an entity of the story (one agent per name, compared as `accordingTo` compares them). */
  namedSource(name: string): string;
  /** A kind of the story's vocabulary: `sgk:{id}` for the news core, `{base}kind/{id}` for the story's own. */
  kind(id: string): string;
  /** A role of an event kind: `sgr:{role}` for the news core's kinds, `{base}role/{role}` for the story's own. */
  role(eventKind: string, role: string): string;
}

/** A slug of a source's name: folded as `accordingTo` folds names, then only `a-z0-9` and `-`. */
function slug(name: string): string {
  const s = foldName(name)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "source";
}

/**
 * The IRIs of a story's resources under `options.base`.
 *
 * @param vocabulary - the story's vocabulary (core kinds get shared IRIs, the story's own its base's).
 * @param options - resolved RDF options.
 */
export function storyIris(vocabulary: Vocabulary, options: RdfOptions): StoryIris {
  const { base } = options;
  const index = vocabularyIndex(vocabulary);
  const sources = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (id: string) => `${base}claim/${id}`;
  const annotation = (claimId: string, i: number) => `${claim(claimId)}/citation/${i + 1}`;
  return {
    base,
    graph: options.graph ?? `${base}graph`,
    article: `${base}article`,
    author: `${base}agent/author`,
    sentence: (id) => `${base}sentence/${id}`,
    entity: (id) => options.entityIris?.get(id) ?? `${base}entity/${id}`,
    claim,
    amount: (id) => `${claim(id)}/amount`,
    annotation,
    target: (id, i) => `${annotation(id, i)}/target`,
    quoteSelector: (id, i) => `${annotation(id, i)}/quote`,
    positionSelector: (id, i) => `${annotation(id, i)}/position`,
    chainLink: (id, i, k) => `${annotation(id, i)}/source/${k}`,
    namedSource(name) {
      const key = foldName(name);
      let iri = sources.get(key);
      if (iri === undefined) {
        const s = slug(name);
        let candidate = `${base}agent/${s}`;
        for (let n = 2; taken.has(candidate); n++) candidate = `${base}agent/${s}-${n}`;
        iri = candidate;
        taken.add(iri);
        sources.set(key, iri);
      }
      return iri;
    },
    kind(id) {
      const k = index.entityKinds.get(id) ?? index.relationKinds.get(id) ?? index.eventKinds.get(id);
      return k?.origin === "story" ? `${base}kind/${id}` : coreKind(id);
    },
    role(eventKind, role) {
      return index.eventKinds.get(eventKind)?.origin === "story" ? `${base}role/${role}` : coreRole(role);
    },
  };
}
