/**
 * `sentenceCues`: the factuality cues of each sentence of an article — the words that make a
 * citation of it less than the author's certain statement (FactBank's reading, as the default
 * story's table in the README applies it): an attribution (`selon`, `according to`, `said`), a
 * hedge (`semble`, `seems`, `reportedly`, the French reporting conditional `auraient`), a
 * possibility (`pourrait`, `could`, `may`), the antecedent of a conditional (`si`, `en cas de`,
 * `if`) or a negation (`ne … pas`, `declined to`).
 *
 * A lexicon of patterns per language, matched as whole words in each sentence; nothing is
 * learnt. What each kind suggests: `source` names the source (the words after `selon` /
 * `according to` up to the next punctuation, or the short name next to `said`); `probable`,
 * `possible` and `conditional` suggest the certainties probable, possible and unknown; `negation`
 * the negative polarity. They are suggestions for a person, never claims.
 */
import type { Sentence } from "../model.ts";
import { segmentSentences } from "../text.ts";
import type { Certainty, Polarity } from "../values.ts";
import type { Cue, CueKind } from "../input/suggestions-schema.ts";
import { draftLanguage, type DraftLanguage } from "./language.ts";

/** The cues of one sentence. */
export interface SentenceCues {
  /** Sentence id (`s1` …), as the story loader numbers them. */
  readonly sentence: string;
  /** Offsets of the sentence in the text (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** In text order. */
  readonly cues: readonly Cue[];
}

/** Where the source of an attribution stands, relative to the matched words. */
type SourceAt = "after" | "around";

interface CuePattern {
  readonly kind: CueKind;
  /** A regular expression source, matched as whole words (case-insensitive unless `exactCase`). */
  readonly words: string;
  readonly certainty?: Certainty;
  readonly polarity?: Polarity;
  readonly source?: SourceAt;
  readonly exactCase?: boolean;
}

/** Both apostrophes: the typographic ’ and the straight '. */
const A = "['’]";

/** French words ending in -rait that are not conditionals. */
const NOT_CONDITIONAL_FR = new Set(["trait", "retrait", "portrait", "attrait", "extrait", "abstrait", "distrait", "soustrait", "traits", "retraits", "portraits", "attraits", "extraits"]);

const SOURCE_VERBS_FR = "(?:déclar|indiqu|affirm|expliqu|assur|confi|précis|estim|soulign|rapport|racont)";

const PATTERNS: Readonly<Record<DraftLanguage, readonly CuePattern[]>> = {
  fr: [
    { kind: "source", words: `selon|d${A}après`, source: "after" },
    { kind: "source", words: `(?:a|ont|avait|avaient)\\s+${SOURCE_VERBS_FR}é|${SOURCE_VERBS_FR}(?:e|ent)`, source: "around" },
    { kind: "probable", words: "sembl(?:e|ent|ait|aient|erait|eraient)|para[iî]t(?:rait)?|apparemment|vraisemblablement|probablement|sans doute|devrai(?:t|ent)", certainty: "probable" },
    { kind: "possible", words: "pourrai(?:t|ent)|peut-être|peu(?:t|vent)|éventuel(?:le)?s?|éventuellement|potentiel(?:le)?s?|potentiellement|perspectives?\\s+de|possibles?|possiblement|risqu(?:e|ent)\\s+de", certainty: "possible" },
    // the reporting conditional: information relayed without confirmation (auraient, serait, souhaiterait)
    { kind: "probable", words: "\\p{L}+(?:rait|raient)", certainty: "probable" },
    // exact case: under the i flag \p{Lu} would match any letter ("si important" is "so important")
    { kind: "conditional", words: `[Ss]i(?=\\s+(?:elle|elles|il|ils|on|le|la|les|l${A}|un|une|des|ce|cette|ces|nous|vous|\\p{Lu}))|[Ss]${A}ils?`, certainty: "unknown", exactCase: true },
    { kind: "conditional", words: `sauf\\s+si|en\\s+cas\\s+d(?:e|${A})|au\\s+cas\\s+où|à\\s+condition\\s+que|à\\s+moins\\s+que|dans\\s+l${A}hypothèse`, certainty: "unknown" },
    { kind: "negation", words: `n(?:e\\s+|${A})(?:\\p{L}+${A}?\\s*){1,3}?(?:pas|plus|jamais|rien|guère|point)|aucun(?:e)?|refus\\p{L}*|dément\\p{L}*|démenti|ni(?:e|ent)`, polarity: "negative" },
  ],
  en: [
    { kind: "source", words: "according\\s+to", source: "after" },
    { kind: "source", words: "said|says|told|stated|claimed|added|explained|confirmed", source: "around" },
    { kind: "probable", words: "seem(?:s|ed)?|appear(?:s|ed)?\\s+to|apparently|reportedly|allegedly|alleged|likely|probably|presumably|(?:is|are|was|were)\\s+expected\\s+to", certainty: "probable" },
    { kind: "possible", words: "could|might|would|possibly|perhaps|potential(?:ly)?|possible", certainty: "possible" },
    // lower case only: "May" is a month
    { kind: "possible", words: "may", certainty: "possible", exactCase: true },
    { kind: "conditional", words: "if|unless|whether|in\\s+case\\s+of|in\\s+the\\s+event\\s+(?:of|that)|provided\\s+that", certainty: "unknown" },
    { kind: "negation", words: `not|never|no|none|\\p{L}+n${A}t|declin(?:e|es|ed|ing)\\s+to|den(?:y|ies|ied)|refus(?:e|es|ed|ing)`, polarity: "negative" },
  ],
};

const compiled = new Map<CuePattern, RegExp>();
function regexpOf(p: CuePattern): RegExp {
  let re = compiled.get(p);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.words})(?![\\p{L}\\p{N}])`, p.exactCase ? "gu" : "giu");
    compiled.set(p, re);
  }
  return re;
}

/** At most this many words make a source name read next to a reporting verb. */
const MAX_SOURCE_WORDS = 6;

/** At most this many code units are read around a cue for its source (bounded work in a 1 MB sentence). */
const SOURCE_WINDOW = 200;

const SOURCE_AFTER = /\s+([^,;:.!?()«»"]{1,200})/uy;

/** The source phrase after `selon` / `according to`: up to the next punctuation. */
function sourceAfter(sentence: string, from: number): string | null {
  SOURCE_AFTER.lastIndex = from;
  const m = SOURCE_AFTER.exec(sentence);
  const text = m?.[1]!.trimEnd();
  return text ? text : null;
}

/** The short name next to a reporting verb: `…, Maya Okafor said` or `said Maya Okafor`. */
function sourceAround(sentence: string, start: number, end: number): string | null {
  const before = sentence.slice(Math.max(0, start - SOURCE_WINDOW), start);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1).trim();
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= MAX_SOURCE_WORDS) return clause;
  const after = /^\s+((?:\p{Lu}[\p{L}’'-]*\s?){1,4})/u.exec(sentence.slice(end, end + SOURCE_WINDOW));
  return after ? after[1]!.trim() : null;
}

function cuesOf(sentence: Sentence, language: DraftLanguage): Cue[] {
  const found: Cue[] = [];
  // the code units earlier patterns read (a mark per unit: no search over earlier cues)
  const taken = new Uint8Array(sentence.text.length);
  for (const p of PATTERNS[language]) {
    const re = regexpOf(p);
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.subarray(from, to).includes(1)) continue; // an earlier pattern read these words
      if (p.kind === "probable" && p.words.startsWith("\\p{L}") && NOT_CONDITIONAL_FR.has(m[0].toLowerCase())) continue;
      let source: string | null = null;
      if (p.source === "after") source = sourceAfter(sentence.text, to);
      else if (p.source === "around") source = sourceAround(sentence.text, from, to);
      if (p.source === "around" && source === null) continue; // a reporting verb with no one named
      taken.fill(1, from, to);
      found.push({
        kind: p.kind,
        text: m[0],
        start: sentence.start + from,
        end: sentence.start + to,
        ...(p.certainty && { certainty: p.certainty }),
        ...(p.polarity && { polarity: p.polarity }),
        ...(source !== null && { source }),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The factuality cues of each sentence of `text`, sentences numbered as the story loader numbers
 * them (`Intl.Segmenter` in `lang`).
 *
 * @param text - the article text (LF line ends, as a story holds it).
 * @param lang - `fr` or `en`.
 * @returns one entry per sentence, in order, each with its cues in text order: kind, matched
 *   words, offsets in `text` (UTF-16 code units, as citations count them) and the certainty,
 *   polarity or source they suggest.
 * @throws {InvalidArgumentError} when `lang` is not `fr` or `en`.
 */
export function sentenceCues(text: string, lang: string): SentenceCues[] {
  const language = draftLanguage("sentenceCues", lang);
  return cuesOfSentences(segmentSentences(text, language), language);
}

/** `sentenceCues` over sentences already segmented (draftStory segments once). */
export function cuesOfSentences(sentences: readonly Sentence[], language: DraftLanguage): SentenceCues[] {
  return sentences.map((s) => ({ sentence: s.id, start: s.start, end: s.end, cues: cuesOf(s, language) }));
}
