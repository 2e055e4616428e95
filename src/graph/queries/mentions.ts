/**
 * Entity mentions in the article: where a label or alias of an entity stands, found insensitive
 * to case, accents and apostrophe style, on word boundaries, longest name first
 * ("le géant de l’informatique" wins over "informatique"). Offsets are in the original text.
 */
import { NotFoundError } from "../errors.ts";
import type { Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";
import { foldName, foldWithMap, isWordChar } from "../text.ts";

export interface Mention {
  /** The entities the words name (several for "les deux entreprises"). */
  readonly entities: readonly string[];
  readonly sentence: string;
  /** Offsets in the article text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The words as the article writes them. */
  readonly text: string;
}

const cache = new WeakMap<Story, readonly Mention[]>();

/**
 * Every entity mention in the article, in text order, without overlaps.
 *
 * @example mentions(story).filter((m) => m.entities.includes("microsoft")).length
 */
export function mentions(story: Story): readonly Mention[] {
  let found = cache.get(story);
  if (!found) {
    found = findMentions(story);
    cache.set(story, found);
  }
  return found;
}

function findMentions(story: Story): Mention[] {
  const text = story.article.text;
  const { folded, map } = foldWithMap(text);
  const names = new Map<string, string[]>();
  for (const e of story.entities) {
    for (const name of new Set([e.label, ...e.aliases].map(foldName))) {
      if (name.length < 2) continue;
      names.set(name, [...(names.get(name) ?? []), e.id]);
    }
  }
  const candidates: { start: number; end: number; ids: string[] }[] = [];
  for (const [name, ids] of names) {
    for (let i = folded.indexOf(name); i !== -1; i = folded.indexOf(name, i + 1)) {
      const start = map[i]!;
      const end = map[i + name.length]!;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      candidates.push({ start, end, ids });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number; ids: string[] }[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  const sentences = story.sentences;
  let s = 0;
  const out: Mention[] = [];
  for (const t of taken) {
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sentence: Sentence | undefined = sentences[s];
    if (!sentence || t.end > sentence.end) continue;
    out.push({ entities: t.ids, sentence: sentence.id, start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  }
  return out;
}

/**
 * The sentences that mention entity `id`, each with the mentions it holds, in text order.
 *
 * @throws {NotFoundError} when the story has no entity `id`.
 */
export function sentencesMentioning(story: Story, id: string): { sentence: Sentence; mentions: Mention[] }[] {
  const index = indexOf(story);
  if (!index.entityById.has(id)) throw new NotFoundError("sentencesMentioning", "entity", id);
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions(story)) {
    if (!m.entities.includes(id)) continue;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  }
  return [...bySentence].map(([sid, ms]) => ({ sentence: index.sentenceById.get(sid)!, mentions: ms }));
}
