/**
 * Checking a draft with the library's validator (`buildStory`, the one `storygraph validate`
 * runs), and saying which part of the draft each problem names, so that an editor can link the
 * problem to it.
 */
import { StoryValidationError } from "../errors.ts";
import type { Story } from "../model.ts";
import { buildStory } from "../input/validate.ts";
import type { StoryDraft } from "./draft.ts";

/** The part of a draft a problem's path names. */
export type ProblemTarget =
  | { readonly kind: "entity" | "relation" | "event"; readonly index: number; readonly id: string | undefined; readonly sentence: string | undefined }
  | { readonly kind: "sentence"; readonly sentence: string }
  | { readonly kind: "article" }
  | { readonly kind: "story" };

/** One problem of a draft. */
export interface DraftProblem {
  /** The problem's class (`SourceError`, `UnknownEntityError`, …). */
  readonly name: string;
  /** JSON path in the draft (`relations[0].citations[0].sources[0]`). */
  readonly path: string;
  /** What is wrong. */
  readonly detail: string;
  readonly target: ProblemTarget;
}

/** A draft's check: the story when it is valid, else its problems. */
export type DraftCheck = { readonly valid: true; readonly story: Story; readonly problems: readonly [] } | { readonly valid: false; readonly story: null; readonly problems: readonly DraftProblem[] };

const CLAIM_PATH = /^(entities|relations|events)\[(\d+)\](?:\.citations\[(\d+)\])?/;
const NOTE_PATH = /^noClaims\[(\d+)\]/;

/**
 * The part of `draft` that `path` names: an entity, relation or event (with the sentence its
 * citation cites, when the path is inside a citation), a no-claim note's sentence, the article,
 * or the story as a whole.
 *
 * @param draft - the draft the path is in.
 * @param path - a problem's JSON path.
 */
export function problemTarget(draft: StoryDraft, path: string): ProblemTarget {
  const claim = CLAIM_PATH.exec(path);
  if (claim) {
    const list = claim[1] as "entities" | "relations" | "events";
    const index = Number(claim[2]);
    const item = (draft[list] as readonly { id?: unknown; citations?: readonly { sentence?: unknown }[] }[] | undefined)?.[index];
    const kind = list === "entities" ? "entity" : list === "relations" ? "relation" : "event";
    const sentence = claim[3] === undefined ? undefined : item?.citations?.[Number(claim[3])]?.sentence;
    return { kind, index, id: typeof item?.id === "string" ? item.id : undefined, sentence: typeof sentence === "string" ? sentence : undefined };
  }
  const note = NOTE_PATH.exec(path);
  const noteSentence = note ? draft.noClaims?.[Number(note[1])]?.sentence : undefined;
  if (noteSentence) return { kind: "sentence", sentence: noteSentence };
  if (path.startsWith("article")) return { kind: "article" };
  return { kind: "story" };
}

/** Suggestions that validated, with the article they were checked against. */
const checkedSuggestions = new WeakMap<object, StoryDraft["article"]>();

/**
 * Check a draft with `buildStory`. Its `suggestions` are checked the first time that suggestions
 * object is seen with that article object (edits keep both); later checks leave them out and
 * give the story the same suggestions.
 *
 * @param draft - the draft.
 * @returns `{ valid: true, story }`, or `{ valid: false, problems }` with each problem's class,
 *   path, detail and target. Never throws on a draft's content.
 */
export function checkDraft(draft: StoryDraft): DraftCheck {
  // suggestions are checked once per (suggestions, article) pair: edits share both objects, and
  // the loader checks suggestions against the article text alone (a 1 MB article's take 0.4 s)
  const { suggestions } = draft;
  const known = suggestions !== undefined && checkedSuggestions.get(suggestions) === draft.article;
  try {
    if (!known) {
      const story = buildStory(draft);
      if (suggestions) checkedSuggestions.set(suggestions, draft.article);
      return { valid: true, story, problems: [] };
    }
    const { suggestions: _, ...rest } = draft;
    return { valid: true, story: Object.freeze({ ...buildStory(rest), suggestions: suggestions! }), problems: [] };
  } catch (e) {
    if (!(e instanceof StoryValidationError)) throw e;
    return { valid: false, story: null, problems: e.problems.map((p) => ({ name: p.name, path: p.path, detail: p.detail, target: problemTarget(draft, p.path) })) };
  }
}

/**
 * The story file of a draft, as JSON text (two-space indent, a final newline): what "Download
 * story JSON" saves, valid or not (a draft with problems is saved as it is, to go on with later).
 *
 * @param draft - the draft.
 */
export function draftJson(draft: StoryDraft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}
