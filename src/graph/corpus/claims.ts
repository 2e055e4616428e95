/**
 * `corpusClaims`: the claims of every story of a corpus that pass a filter, each with its story.
 * The filter is `queryClaims`'s, with `involving` naming a corpus entity (a Wikidata id, an IRI,
 * `story:entity` or an entity id): it matches, in each story, the entities merged into it.
 */
import type { Claim } from "../model.ts";
import { queryClaims, type ClaimFilter } from "../queries/claims.ts";
import { NotFoundError } from "../errors.ts";
import type { Corpus } from "./build.ts";

/** `queryClaims`'s filter, with `involving` a corpus entity. */
export type CorpusClaimFilter = Omit<ClaimFilter, "involving"> & { readonly involving?: string };

/** A claim of one story of the corpus. */
export interface CorpusClaim {
  /** The story's key. */
  readonly story: string;
  readonly claim: Claim;
}

/**
 * Claims of every story passing `filter`, story by story (each story's in `queryClaims` order).
 *
 * @throws {NotFoundError} when `involving` names no entity of the corpus.
 * @throws {InvalidArgumentError} as `queryClaims` does for an invalid filter value.
 */
export function corpusClaims(corpus: Corpus, filter: CorpusClaimFilter = {}): CorpusClaim[] {
  const { involving, ...rest } = filter;
  const targets = involving === undefined ? null : corpus.resolve(involving);
  if (targets !== null && targets.length === 0) throw new NotFoundError("corpusClaims", "entity", involving!);
  const out: CorpusClaim[] = [];
  for (const m of corpus.members) {
    if (targets === null) {
      for (const claim of queryClaims(m.story, rest as ClaimFilter)) out.push({ story: m.key, claim });
      continue;
    }
    const seen = new Set<string>();
    for (const t of targets) {
      for (const member of t.members) {
        if (member.story !== m.key) continue;
        for (const claim of queryClaims(m.story, { ...rest, involving: member.entity } as ClaimFilter)) {
          if (!seen.has(claim.id)) {
            seen.add(claim.id);
            out.push({ story: m.key, claim });
          }
        }
      }
    }
  }
  return out;
}
