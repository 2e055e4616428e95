/**
 * Entity mentions in the article: where a label or alias of an entity stands, found insensitive
 * to case, accents and apostrophe style, on word boundaries, longest name first
 * ("le géant de l’informatique" wins over "informatique"). Offsets are in the original text.
 */
import { NotFoundError } from "../errors.ts";
import type { Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";
import { foldName, foldWithMap, isWordChar } from "../text.ts";

/** Where the article names one or more entities (`mentions`): the sentence, the offsets and the words. */
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

interface Span {
  readonly start: number;
  readonly end: number;
  readonly ids: string[];
}

/** `isWordChar(s[i])`, without a regexp for ASCII. */
function wordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isWordChar(s[i]);
}

/** The leading run of word characters of `name` (empty when it starts with another character). */
function firstWord(name: string): string {
  let k = 0;
  while (k < name.length && wordAt(name, k)) k++;
  return name.slice(0, k);
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
  const candidates: Span[] = [];
  const keep = (i: number, name: string, ids: string[]) => {
    const start = map[i]!;
    const end = map[i + name.length]!;
    if (isWordChar(text[start - 1]) || isWordChar(text[end])) return;
    candidates.push({ start, end, ids });
  };
  // A name that starts with a word character can only be kept where a word starts in the text
  // (the character before it is no word character); names are grouped by their first word and
  // tried there only, instead of searching the whole text once per name (entities × text).
  const byFirstWord = new Map<string, [string, string[]][]>();
  for (const [name, ids] of names) {
    const word = firstWord(name);
    if (word === "") {
      for (let i = folded.indexOf(name); i !== -1; i = folded.indexOf(name, i + 1)) keep(i, name, ids);
    } else {
      const list = byFirstWord.get(word);
      if (list) list.push([name, ids]);
      else byFirstWord.set(word, [[name, ids]]);
    }
  }
  if (byFirstWord.size > 0) {
    const lengths = [...new Set([...byFirstWord.keys()].map((w) => w.length))].sort((a, b) => a - b);
    for (let i = 0; i < folded.length; i++) {
      if (!wordAt(folded, i) || (map[i]! > 0 && wordAt(text, map[i]! - 1))) continue;
      let j = i + 1;
      while (j < folded.length && wordAt(folded, j)) j++;
      // every prefix of the word run can be a name's first word (the name may end inside the
      // word run: keep() then applies the original text's word boundary)
      for (const length of lengths) {
        if (i + length > j) break;
        const list = byFirstWord.get(folded.slice(i, i + length));
        if (!list) continue;
        for (const [name, ids] of list) if (folded.startsWith(name, i)) keep(i, name, ids);
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Longest first, no overlaps: positions taken are marked (an overlap test against every
  // mention taken so far was quadratic in the number of mentions).
  const taken: Span[] = [];
  const used = new Uint8Array(text.length + 1);
  const empties: Span[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) {
      if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
      empties.push(c);
      taken.push(c);
      continue;
    }
    let free = true;
    for (let x = c.start; x < c.end && free; x++) if (used[x]) free = false;
    if (!free || empties.some((t) => c.start < t.end && t.start < c.end)) continue;
    used.fill(1, c.start, c.end);
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
  if (!index.entity(id)) throw new NotFoundError("sentencesMentioning", "entity", id);
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions(story)) {
    if (!m.entities.includes(id)) continue;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  }
  return [...bySentence].map(([sid, ms]) => ({ sentence: index.sentenceById.get(sid)!, mentions: ms }));
}
