/**
 * `mentionSuggestions`: candidate entity mentions of an article, read from the text alone.
 *
 * A mention is a run of capitalised words (`Harbour City Port Authority`), joined by a name
 * connector between two of them (`de`, `du`, `des`, `of`, `van`, `von`…; `Banque de France`,
 * `Bank of America`), acronyms included (`IA`, `SNCF`), an elided article or preposition left out
 * (`d’OpenAI` → `OpenAI`), an English possessive too (`Tidewater’s` → `Tidewater`). Capitals that
 * only the sentence start explains are not names: a sentence-initial word counts only when the
 * text writes it capitalised elsewhere too, or it is an acronym or has an inner capital
 * (`OpenAI`), or it opens a longer run and the text never writes it in lower case. Words of a
 * date the expressions parser reads (`4 March 2024`), month and weekday names, and titles (`M.`,
 * `PDG`, `CEO`: read as kind cues) are not names; nor is a sentence's first word that is a
 * determiner, pronoun, preposition or conjunction (`Le`, `The`, `Selon`, `If`).
 *
 * Repeated names are grouped: the same words, and a one-word name that is the first or last word
 * of exactly one longer name (`Tidewater` with `Tidewater Energy`, `Okafor` with `Maya Okafor`).
 * A kind is guessed only where the text gives one: a company designator or organization word
 * ending the name (`Inc`, `Corp`, `SA`, `Group`, `Capital`, `Authority`…) or a noun for an
 * organization just before it (`the venture fund Northwind Capital`, `la société X`) →
 * organization; a title before it (`M.`, `Mme`, `PDG`, `CEO`, `Dr`) or an apposition naming a
 * person's trade after it (`Maya Okafor, a marine engineer`) → person; a place word ending it
 * (`City`, `Strait`, `River`) → place. Nothing else is guessed.
 */
import { findDates } from "../expressions/index.ts";
import type { Sentence } from "../model.ts";
import { segmentSentences } from "../text.ts";
import type { MentionOccurrence, MentionSuggestion } from "../input/suggestions-schema.ts";
import { draftLanguage, type DraftLanguage } from "./language.ts";

const WORD = /[\p{L}\p{N}]+(?:[-’'&][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/iu;
const POSSESSIVE = /['’]s$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}\d*$/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

const CONNECTORS: Readonly<Record<DraftLanguage, ReadonlySet<string>>> = {
  fr: new Set(["de", "du", "des", "d’", "d'", "la", "le"]),
  en: new Set(["of", "van", "von", "der", "de", "du", "da", "di", "al"]),
};

/** Capitalised words that are titles, not names: left out of the name, read as a person cue before it. */
const TITLE_WORDS = new Set("M Mme Mlle Mr Mrs Ms Dr Pr PDG CEO DG".split(" "));

/** Words that, at a sentence start, are capitalised only for being there (never the start of a name). */
const FUNCTION_WORDS: Readonly<Record<DraftLanguage, ReadonlySet<string>>> = {
  fr: new Set("le la les l un une des du de d en au aux ce cet cette ces il elle ils elles on nous vous je selon si dans pour par sur avec sans mais et ou donc or cependant ainsi puis alors enfin toutefois".split(" ")),
  en: new Set("the a an in on at for by with from this that these those it he she they we you i if but and or so according however then when while after before as".split(" ")),
};

/** A sentence that ends with a title's dot (`M.`, `Dr.`): the segmenter split a name from it. */
const TITLE_END = /(?:^|\s)(?:M|Mr|Mrs|Ms|Dr|Pr)\.$/u;

const NOT_NAMES = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
);

/** Last words that make a name an organization. */
const ORGANIZATION_ENDINGS = new Set(
  "Inc Corp Corporation Co Ltd LLC PLC SA SAS SARL SE GmbH AG NV BV Group Groupe Holding Holdings Capital Partners Bank Banque Energy Authority Agency Agence Company Foundation Fondation University Université Institute Institut Association Ministry Ministère Council Commission Fund Ventures Technologies Labs Motors Airlines Systems".split(" "),
);
/** Nouns for an organization, just before a name. */
const ORGANIZATION_NOUNS = /(?:^|[\s’'])(fund|company|firm|start-up|startup|group|bank|insurer|société|entreprise|groupe|banque|firme|constructeur|fabricant|éditeur|opérateur|assureur)\s+$/iu;
/** Titles just before a name. */
const PERSON_TITLES = /(?:^|\s)(M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|PDG|CEO|président|présidente|directeur|directrice|fondateur|fondatrice|founder|co-founder|cofounder|ministre|minister|chairman|chairwoman|porte-parole|spokesperson|spokesman|spokeswoman|sénateur|sénatrice|senator|député|députée|President|Président)\s+$/u;
/** An apposition after a name saying what trade its bearer has. */
const PERSON_APPOSITION =
  /^,\s+(?:(?:a|an|the|le|la|un|une|l’|l')\s*)?(?:[\p{L}-]+\s+){0,2}?(engineer|ingénieure?|entrepreneur|entrepreneuse|founder|fondateur|fondatrice|analyst|analyste|economist|économiste|journalist|journaliste|lawyer|avocate?|professor|professeure?|researcher|chercheuse|chercheur|scientist|scientifique|executive|director|directeur|directrice|spokesperson|porte-parole|CEO|PDG)(?![\p{L}])/u;
/** Last words that make a name a place. */
const PLACE_ENDINGS = new Set("City Strait River Bay Island Islands Mountain Mountains Lake Sea Ocean County Province Valley Street Avenue Coast".split(" "));

interface Word {
  readonly text: string;
  /** Offsets in the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly capital: boolean;
}

function wordsOf(text: string, blocked: readonly (readonly [number, number])[]): Word[] {
  const words: Word[] = [];
  let b = 0; // the first date span that does not end before the current word (both in text order)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let start = m.index;
    const elided = ELISION.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    const end = start + word.length;
    while (b < blocked.length && blocked[b]![1] <= start) b++;
    const inDate = b < blocked.length && blocked[b]![0] < end;
    words.push({ text: word, start, end, capital: UPPER_FIRST.test(word) && !inDate && !NOT_NAMES.has(word) && !TITLE_WORDS.has(word) });
  }
  return words;
}

/** What the whole text says about a word: written capitalised past a sentence start, written in lower case. */
interface TextWords {
  readonly capitalisedInside: ReadonlySet<string>;
  readonly lowerCase: ReadonlySet<string>;
}

function nameLike(word: string, known: TextWords): boolean {
  return ACRONYM.test(word) || INNER_CAPITAL.test(word) || known.capitalisedInside.has(word);
}

/** The runs of capitalised words of one sentence, as [first word, last word] indexes. */
function runsOf(sentence: string, words: readonly Word[], language: DraftLanguage): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capital) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const next = words[last + 1];
      if (next && next.capital && /^[\s-]$|^ $/u.test(sentence.slice(words[last]!.end, next.start))) {
        last++;
        continue;
      }
      // a connector between two capitalised words: Banque de France, Bank of America
      const connector = words[last + 1];
      const after = words[last + 2];
      if (connector && after?.capital && CONNECTORS[language].has(connector.text) && /^\s$/u.test(sentence.slice(words[last]!.end, connector.start)) && /^\s$/u.test(sentence.slice(connector.end, after.start))) {
        last += 2;
        continue;
      }
      break;
    }
    runs.push([i, last]);
    i = last + 1;
  }
  return runs;
}

interface Found extends MentionOccurrence {
  kind?: string;
  kindCue?: string;
}

function guessKind(sentence: string, name: string, start: number, end: number): { kind: string; kindCue: string } | undefined {
  const words = name.split(/\s+/);
  const first = words[0]!;
  const lastWord = words[words.length - 1]!.replace(/\.$/, "");
  if (ORGANIZATION_ENDINGS.has(lastWord)) return { kind: "organization", kindCue: lastWord };
  if (/^(?:President|Président|Dr|Mr|Mrs|Ms)$/u.test(first) && words.length > 1) return { kind: "person", kindCue: first };
  const before = sentence.slice(Math.max(0, start - 40), start);
  const title = PERSON_TITLES.exec(before);
  if (title) return { kind: "person", kindCue: title[1]! };
  const org = ORGANIZATION_NOUNS.exec(before);
  if (org) return { kind: "organization", kindCue: org[1]! };
  const apposition = PERSON_APPOSITION.exec(sentence.slice(end, end + 60));
  if (apposition) return { kind: "person", kindCue: apposition[1]! };
  if (PLACE_ENDINGS.has(lastWord)) return { kind: "place", kindCue: lastWord };
  return undefined;
}

function occurrencesOf(sentences: readonly Sentence[], language: DraftLanguage): Found[] {
  const perSentence = sentences.map((s) => wordsOf(s.text, findDates(s.text, language).map((d) => [d.start, d.end] as const)));
  const capitalisedInside = new Set<string>();
  const lowerCase = new Set<string>();
  for (const words of perSentence)
    words.forEach((w, i) => {
      if (w.capital && i > 0) capitalisedInside.add(w.text);
      if (!UPPER_FIRST.test(w.text)) lowerCase.add(w.text.toLowerCase());
    });
  const known: TextWords = { capitalisedInside, lowerCase };
  const found: Found[] = [];
  sentences.forEach((s, si) => {
    const words = perSentence[si]!;
    for (let [from, to] of runsOf(s.text, words, language)) {
      // Intl.Segmenter ends a sentence after "M." or "Dr.": the next word is no sentence start
      const afterTitle = si > 0 && words[0]?.start === 0 && TITLE_END.test(sentences[si - 1]!.text);
      if (from === 0 && !afterTitle && !nameLike(words[0]!.text, known)) {
        // a capital the sentence start explains: keep the word only when it opens a longer run
        // and the text never writes it in lower case
        const folded = words[0]!.text.toLowerCase();
        if (to === 0 || known.lowerCase.has(folded) || FUNCTION_WORDS[language].has(folded)) from = 1;
        // a connector left at the front (De Gaulle is not read at a sentence start)
        while (from <= to && !words[from]!.capital) from++;
        if (from > to) continue;
      }
      const start = words[from]!.start;
      const end = words[to]!.end;
      const text = s.text.slice(start, end);
      const title = afterTitle && from === 0 ? TITLE_END.exec(sentences[si - 1]!.text)![0].trim() : undefined;
      const kind = title ? { kind: "person", kindCue: title } : guessKind(s.text, text, start, end);
      found.push({ sentence: s.id, start: s.start + start, end: s.start + end, text, ...kind });
    }
  });
  return found;
}

function group(found: readonly Found[]): MentionSuggestion[] {
  const byName = new Map<string, Found[]>();
  for (const f of found) {
    const list = byName.get(f.text);
    if (list) list.push(f);
    else byName.set(f.text, [f]);
  }
  // a one-word name that is the first or last word of exactly one longer name joins it
  const byEndWord = new Map<string, Set<string>>();
  for (const n of byName.keys()) {
    const words = n.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const set = byEndWord.get(w) ?? new Set<string>();
      set.add(n);
      byEndWord.set(w, set);
    }
  }
  for (const name of [...byName.keys()]) {
    if (/\s/.test(name)) continue;
    const longer = [...(byEndWord.get(name) ?? [])];
    if (longer.length !== 1) continue;
    byName.get(longer[0]!)!.push(...byName.get(name)!);
    byName.delete(name);
  }
  const groups: MentionSuggestion[] = [];
  for (const list of byName.values()) {
    list.sort((a, b) => a.start - b.start);
    const name = list.reduce((a, b) => (b.text.length > a.length ? b.text : a), list[0]!.text);
    const guessed = list.find((f) => f.kind !== undefined);
    groups.push({
      name,
      ...(guessed && { kind: guessed.kind!, kindCue: guessed.kindCue! }),
      occurrences: list.map(({ sentence, start, end, text }) => ({ sentence, start, end, text })),
    });
  }
  return groups.sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
}

/**
 * Candidate entity mentions of `text`: proper-name spans, repeated names grouped, with their
 * sentence (numbered as the story loader numbers them), offsets and exact words, and a kind guess
 * where the text gives one.
 *
 * @param text - the article text (LF line ends, as a story holds it).
 * @param lang - `fr` or `en`.
 * @returns the groups in order of first occurrence; each occurrence's `text` is
 *   `text.slice(start, end)` (UTF-16 code units, as citations count them).
 * @throws {InvalidArgumentError} when `lang` is not `fr` or `en`.
 */
export function mentionSuggestions(text: string, lang: string): MentionSuggestion[] {
  const language = draftLanguage("mentionSuggestions", lang);
  return mentionsOfSentences(segmentSentences(text, language), language);
}

/** `mentionSuggestions` over sentences already segmented (draftStory segments once). */
export function mentionsOfSentences(sentences: readonly Sentence[], language: DraftLanguage): MentionSuggestion[] {
  return group(occurrencesOf(sentences, language));
}
