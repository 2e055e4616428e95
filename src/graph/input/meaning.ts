/**
 * The meaning pass of story validation, without the shape pass: `buildTypedStory`. `buildStory`
 * (validate.ts) checks the shape with zod, then runs it; the built-in story, whose shape the
 * compiler already checked, runs it directly, so that the viewer's first bundle does not carry zod.
 *
 * Named steps, in order: the article (text, sentences, date), the vocabulary (the news core and
 * the story's own kinds), the entities, every relation (`checkRelation`), every event
 * (`checkEvent`), the no-claim notes, the draft's suggestions (suggestions-check.ts). Each step
 * reports what is wrong to one `ProblemList`; every problem is collected, and nothing half-built
 * is returned.
 */
import { checkSuggestions } from "./suggestions-check.ts";
import { parseDate } from "../dates.ts";
import {
  DuplicateIdError,
  EmptyArticleError,
  InvalidDateError,
  InvalidLanguageError,
  MissingCitationError,
  NoClaimConflictError,
  RelationKindError,
  RoleError,
  StoryValidationError,
  UnknownClaimError,
  UnknownEntityError,
  UnknownKindError,
  UnknownSentenceError,
} from "../errors.ts";
import { freezeStory } from "../freeze.ts";
import type { Citation, Entity, NoClaim, Participant, Relation, Sentence, Story, StoryEvent } from "../model.ts";
import { didYouMean } from "../suggest.ts";
import { segmentSentences } from "../text.ts";
import { MODALITIES, type Modality } from "../values.ts";
import { resolveVocabulary, vocabularyIndex, type VocabularyIndex } from "../vocabulary/resolve.ts";
import { EVENT_FILLER, type EventKind, type Role, type Vocabulary } from "../vocabulary/types.ts";
import { CitationAnchor, sentenceById, toLF } from "./citations.ts";
import { ProblemList } from "./problems.ts";
import { QualifierChecker, type Qualifiers, type UngroundedPolicy } from "./qualifiers.ts";
import type { EventInput, RelationInput, StoryInput } from "./schema.ts";
import { STORY_FORMAT } from "./story-format.ts";

export { toLF } from "./citations.ts";

const FN = "buildStory";

/** Options of the meaning pass. */
export interface MeaningOptions {
  /** Keep qualifiers no quote states, marked inferred with this reason and a notice (storygraph/1 files); default: refuse them. */
  readonly ungrounded?: UngroundedPolicy;
}

/**
 * Build the story model from input typed as `StoryInput` at compile time (the built-in story):
 * every meaning check of `buildStory` and every quote anchored, without the zod shape check.
 * Input from a file or the network must go through `buildStory` (or `parseStoryJson`), which
 * checks its shape first.
 *
 * @param input - a story input whose shape TypeScript has checked.
 * @returns the frozen, validated story.
 * @throws {StoryValidationError} with every meaning problem (problems name `buildStory`, whose pass this is).
 */
export function buildTypedStory(input: StoryInput): Story {
  const problems = new ProblemList(FN);
  const story = checkMeaning(input, problems);
  if (problems.size > 0) throw new StoryValidationError(FN, problems.finish());
  return freezeStory(story);
}

/** Set the qualifiers a claim has on it, in model order (no spread: one runtime call each). */
function copyQualifiers(q: Qualifiers, claim: { -readonly [K in keyof Qualifiers]: Qualifiers[K] }): void {
  if (q.start) claim.start = q.start;
  if (q.end) claim.end = q.end;
  if (q.pointInTime) claim.pointInTime = q.pointInTime;
  if (q.announced) claim.announced = q.announced;
  if (q.amount) claim.amount = q.amount;
  if (q.period) claim.period = q.period;
}

/** The role `id` of an event kind, or `undefined`. */
function roleOf(kind: EventKind, id: string): Role | undefined {
  for (const r of kind.roles) if (r.id === id) return r;
  return undefined;
}

/** True when `participants` already has `id` in `role`. */
function hasParticipant(participants: readonly Participant[], role: string, id: string): boolean {
  for (const q of participants) if (q.role === role && q.id === id) return true;
  return false;
}

/** True when some participant as written names `role` (whether or not it was valid). */
function namesRole(participants: EventInput["participants"], role: string): boolean {
  for (const p of participants) if (p.role === role) return true;
  return false;
}

/** The distinct display words of `citations`, in `MODALITIES` order. */
export function claimModalities(citations: readonly Citation[]): readonly Modality[] {
  if (citations.length === 1) return citations[0]!.modalities;
  const seen = new Set<Modality>();
  for (const c of citations) for (const m of c.modalities) seen.add(m);
  const out: Modality[] = [];
  for (const m of MODALITIES) if (seen.has(m)) out.push(m);
  return out;
}

/**
 * Check the meaning of a well-shaped input; report every problem to `problems`; return the
 * unfrozen model (not to be used when problems were reported).
 */
export function checkMeaning(input: StoryInput, problems: ProblemList, options: MeaningOptions = {}): Story {
  const article = checkArticle(input, problems);
  const vocabulary = resolveVocabulary(input.vocabulary, (cls, path, detail) => problems.add(cls, path, detail));
  const pass = new MeaningPass(input, problems, article.text, article.sentences, vocabulary, options);
  const relations: Relation[] = [];
  input.relations.forEach((r, i) => {
    const relation = pass.checkRelation(r, i);
    if (relation) relations.push(relation);
  });
  const events: StoryEvent[] = [];
  (input.events ?? []).forEach((e, i) => {
    const event = pass.checkEvent(e, i);
    if (event) events.push(event);
  });
  // after the claims: a note may not stand on a sentence a claim cites
  const noClaims = pass.checkNoClaims();
  if (input.suggestions) checkSuggestions(input.suggestions, article.text, article.sentences, problems);
  const story: Story = { format: STORY_FORMAT, article: article.article, sentences: article.sentences, vocabulary, entities: [...pass.entities.values()], relations, events, noClaims };
  // suggestions are hints, never claims: kept as written (a copy), read by nothing but the draft's reader
  return input.suggestions ? { ...story, suggestions: structuredClone(input.suggestions) } : story;
}

/** The article: its text (line ends as LF), its sentences, its date. */
function checkArticle(input: StoryInput, problems: ProblemList) {
  // Line ends: CRLF and lone CR count as LF everywhere (article, quotes, sources), so that
  // offsets are the same however the story is loaded (buildStory, parseStoryJson, fromGexf).
  const text = toLF(input.article.text);
  let sentences: Sentence[] = [];
  if (!text.trim()) {
    problems.add(EmptyArticleError, "article.text", "the article text is empty");
  } else {
    try {
      sentences = segmentSentences(text, input.article.language);
    } catch {
      problems.add(InvalidLanguageError, "article.language", `"${input.article.language}" is not a BCP 47 language tag (e.g. en, fr, pt-BR)`);
    }
  }
  const a = input.article;
  const published = a.published === undefined ? null : parseDate(a.published);
  if (a.published !== undefined && !published) problems.add(InvalidDateError, "article.published", `"${a.published}" is not a real date`);
  const article: { -readonly [K in keyof Story["article"]]: Story["article"][K] } = { text, language: a.language };
  if (a.title !== undefined) article.title = a.title;
  if (a.url !== undefined) article.url = a.url;
  if (a.published !== undefined) article.published = a.published;
  if (a.author !== undefined) article.author = a.author;
  return { text, sentences, published, article };
}

/** The state the claim checks share: ids taken, entities, the vocabulary, the anchoring and qualifier checkers. */
class MeaningPass {
  readonly entities = new Map<string, Entity>();
  /** Every relation and event id, and which it is (ids are one namespace with entities). */
  private readonly claimTypes = new Map<string, "relation" | "event">();
  /** Events by id: their kind (for participant checks of events that name events). */
  private readonly eventIds = new Set<string>();
  private readonly vocab: VocabularyIndex;
  private readonly anchor: CitationAnchor;
  private readonly qualifiers: QualifierChecker;

  constructor(
    private readonly input: StoryInput,
    private readonly problems: ProblemList,
    text: string,
    private readonly sentences: readonly Sentence[],
    vocabulary: Vocabulary,
    options: MeaningOptions,
  ) {
    this.vocab = vocabularyIndex(vocabulary);
    this.anchor = new CitationAnchor(text, sentences, input.article.author, (id) => this.entities.has(id), problems);
    const published = input.article.published === undefined ? null : parseDate(input.article.published);
    this.qualifiers = new QualifierChecker(input.article.language, published, problems, options.ungrounded);
    this.checkEntities();
    this.collectClaimIds();
  }

  private checkEntities(): void {
    const { problems, vocab } = this;
    this.input.entities.forEach((e, i) => {
      if (this.entities.has(e.id)) {
        problems.add(DuplicateIdError, `entities[${i}].id`, `entity id "${e.id}" is already used`);
        return;
      }
      if (!vocab.entityKinds.has(e.kind)) {
        problems.add(UnknownKindError, `entities[${i}].kind`, `"${e.kind}" is not an entity kind of the story's vocabulary${didYouMean(e.kind, vocab.entityKinds.keys())}`);
      }
      const entity: { -readonly [K in keyof Entity]: Entity[K] } = { type: "entity", id: e.id, kind: e.kind, label: e.label, aliases: e.aliases ? [...e.aliases] : [] };
      if (e.wikidata !== undefined) entity.wikidata = e.wikidata;
      if (e.description !== undefined) entity.description = e.description;
      this.entities.set(e.id, entity);
    });
  }

  /** Relation and event ids, before the claims are checked (events and `about` may name later claims). */
  private collectClaimIds(): void {
    const take = (id: string, type: "relation" | "event", path: string) => {
      if (this.entities.has(id) || this.claimTypes.has(id)) {
        const what = this.entities.has(id) ? "an entity" : `a ${this.claimTypes.get(id)}`;
        this.problems.add(DuplicateIdError, path, `id "${id}" is already used by ${what} (entities, relations and events share one namespace)`);
        return;
      }
      this.claimTypes.set(id, type);
      if (type === "event") this.eventIds.add(id);
    };
    this.input.relations.forEach((r, i) => take(r.id, "relation", `relations[${i}].id`));
    (this.input.events ?? []).forEach((e, i) => take(e.id, "event", `events[${i}].id`));
  }

  /** The anchored citations of a claim, or `null` when some did not anchor (grounding is then skipped). */
  private citations(claim: RelationInput | EventInput, at: string): { citations: Citation[]; complete: boolean } {
    if (claim.citations.length === 0) {
      this.problems.add(MissingCitationError, `${at}.citations`, `claim "${claim.id}" has no citation`);
      return { citations: [], complete: false };
    }
    // Without sentences (empty article, bad language) every citation would fail too: the
    // article's own problem is the one to report.
    if (this.sentences.length === 0) return { citations: [], complete: false };
    const citations = this.anchor.anchorAll(claim.citations, at);
    return { citations, complete: citations.length === claim.citations.length };
  }

  /** Check one relation: kind, ends and the kind's domain and range, qualifiers, citations. */
  checkRelation(r: RelationInput, i: number): Relation | null {
    const { problems, vocab } = this;
    const at = `relations[${i}]`;
    const before = problems.size;
    const rule = vocab.relationKinds.get(r.kind);
    if (!rule) {
      const hint = vocab.eventKinds.has(r.kind) ? ` ("${r.kind}" is an event kind: write it in "events")` : didYouMean(r.kind, vocab.relationKinds.keys());
      problems.add(UnknownKindError, `${at}.kind`, `"${r.kind}" is not a relation kind of the story's vocabulary${hint}`);
    }
    const source = this.entity(r.source, `${at}.source`);
    const target = this.entity(r.target, `${at}.target`);
    // an entity of an unknown kind has its own problem: its rules are not checked on top of it
    const kindsKnown = source !== undefined && target !== undefined && vocab.entityKinds.has(source.kind) && vocab.entityKinds.has(target.kind);
    if (rule && source && target && kindsKnown && !(vocab.isA(source.kind, rule.domain) && vocab.isA(target.kind, rule.range))) {
      problems.add(
        RelationKindError,
        `${at}.kind`,
        `"${r.kind}" goes from ${rule.domain.join(" or ")} to ${rule.range.join(" or ")}, not from ${source.kind} "${source.id}" to ${target.kind} "${target.id}"`,
      );
    }
    if (source && target && source.id === target.id) problems.add(RelationKindError, `${at}.target`, `a relation cannot join "${source.id}" to itself`);
    const { citations, complete } = this.citations(r, at);
    const qualifiers = this.qualifiers.check(r, at, "relation", complete ? citations : null);
    if (problems.size > before) return null;
    // built field by field rather than with spreads, which cost a runtime call each: this runs once per relation
    const relation = { type: "relation", id: r.id, kind: r.kind, source: r.source, target: r.target, symmetric: rule!.symmetric } as { -readonly [K in keyof Relation]: Relation[K] };
    copyQualifiers(qualifiers, relation);
    if (r.description !== undefined) relation.description = r.description;
    relation.citations = citations;
    relation.modalities = claimModalities(citations);
    return relation;
  }

  /** Check one event: kind, participants against the kind's roles, `about`, qualifiers, citations. */
  checkEvent(e: EventInput, i: number): StoryEvent | null {
    const { problems, vocab } = this;
    const at = `events[${i}]`;
    const before = problems.size;
    const kind = vocab.eventKinds.get(e.kind);
    if (!kind) {
      const hint = vocab.relationKinds.has(e.kind) ? ` ("${e.kind}" is a relation kind: write it in "relations")` : didYouMean(e.kind, vocab.eventKinds.keys());
      problems.add(UnknownKindError, `${at}.kind`, `"${e.kind}" is not an event kind of the story's vocabulary${hint}`);
    }
    const participants: Participant[] = [];
    const filled = new Map<string, number>();
    // loops rather than callbacks in this per-event code: a callback is a closure made per call
    for (let j = 0; j < e.participants.length; j++) {
      const p = e.participants[j]!;
      const path = `${at}.participants[${j}]`;
      if ((p.entity === undefined) === (p.event === undefined)) {
        problems.add(RoleError, path, `a participant names one entity or one event: give "entity" or "event"${p.entity !== undefined ? ", not both" : ""}`);
        continue;
      }
      const role = kind ? roleOf(kind, p.role) : undefined;
      if (kind && !role) {
        problems.add(RoleError, `${path}.role`, `"${p.role}" is not a role of "${kind.id}" (its roles: ${kind.roles.map((r) => r.id).join(", ")})${didYouMean(p.role, kind.roles.map((r) => r.id))}`);
      }
      let participant: Participant | null = null;
      if (p.entity !== undefined) {
        const entity = this.entity(p.entity, `${path}.entity`);
        if (entity && role && vocab.entityKinds.has(entity.kind) && !vocab.isA(entity.kind, role.kinds)) {
          problems.add(RoleError, `${path}.entity`, `the role "${role.id}" of "${kind!.id}" takes ${role.kinds.join(" or ")}, not ${entity.kind} "${entity.id}"`);
        }
        if (entity) participant = { role: p.role, id: p.entity, type: "entity" };
      } else {
        const id = p.event!;
        if (!this.eventIds.has(id)) {
          const other = this.claimTypes.get(id) ?? (this.entities.has(id) ? "entity" : undefined);
          const hint = other === "entity" ? ` ("${id}" is an entity: write "entity")` : other === "relation" ? ` ("${id}" is a relation; an event can be "about" it)` : didYouMean(id, this.eventIds);
          problems.add(UnknownClaimError, `${path}.event`, `unknown event "${id}"${hint}`);
        } else if (id === e.id) {
          problems.add(RoleError, `${path}.event`, `an event cannot take part in itself`);
        } else if (role && !role.kinds.includes(EVENT_FILLER)) {
          problems.add(RoleError, `${path}.event`, `the role "${role.id}" of "${kind!.id}" takes ${role.kinds.join(" or ")}, not an event`);
        } else participant = { role: p.role, id, type: "event" };
      }
      if (!participant) continue;
      if (hasParticipant(participants, participant.role, participant.id)) {
        problems.add(RoleError, path, `"${participant.id}" is already a participant in the role "${participant.role}"`);
        continue;
      }
      const count = (filled.get(p.role) ?? 0) + 1;
      filled.set(p.role, count);
      if (role && !role.multiple && count === 2) {
        problems.add(RoleError, `${path}.role`, `the role "${role.id}" of "${kind!.id}" takes one participant`);
      }
      participants.push(participant);
    }
    if (kind) {
      for (const role of kind.roles) {
        if (role.required && !filled.has(role.id) && !namesRole(e.participants, role.id)) {
          problems.add(RoleError, `${at}.participants`, `an event of kind "${kind.id}" needs a participant in the role "${role.id}" (${role.kinds.join(" or ")})`);
        }
      }
    }
    const about: string[] = [];
    const aboutInput = e.about ?? [];
    for (let j = 0; j < aboutInput.length; j++) {
      const id = aboutInput[j]!;
      if (id === e.id) problems.add(UnknownClaimError, `${at}.about[${j}]`, `an event cannot be about itself`);
      else if (!this.claimTypes.has(id)) {
        const hint = this.entities.has(id) ? ` ("${id}" is an entity: name it as a participant)` : didYouMean(id, this.claimTypes.keys());
        problems.add(UnknownClaimError, `${at}.about[${j}]`, `no relation or event "${id}"${hint}`);
      } else about.push(id);
    }
    const { citations, complete } = this.citations(e, at);
    const qualifiers = this.qualifiers.check(e, at, "event", complete ? citations : null);
    if (problems.size > before) return null;
    const event = { type: "event", id: e.id, kind: e.kind, label: e.label, participants, about } as unknown as { -readonly [K in keyof StoryEvent]: StoryEvent[K] };
    copyQualifiers(qualifiers, event);
    if (e.description !== undefined) event.description = e.description;
    event.citations = citations;
    event.modalities = claimModalities(citations);
    return event;
  }

  /** The entity `id`, or `undefined` after reporting it unknown at `path`. */
  private entity(id: string, path: string): Entity | undefined {
    const entity = this.entities.get(id);
    if (!entity) {
      const what = this.claimTypes.get(id);
      const hint = what === "event" ? ` ("${id}" is an event: relations join entities; name it as a participant of an event)` : what === "relation" ? ` ("${id}" is a relation)` : didYouMean(id, this.entities.keys());
      this.problems.add(UnknownEntityError, path, `unknown entity "${id}"${hint}`);
    }
    return entity;
  }

  /** The no-claim notes: sentences that exist, each noted once and cited by no claim. */
  checkNoClaims(): NoClaim[] {
    const { problems, sentences } = this;
    const noClaims: NoClaim[] = [];
    const noted = new Set<string>();
    (this.input.noClaims ?? []).forEach((n, i) => {
      const at = `noClaims[${i}].sentence`;
      const sentence = sentenceById(sentences, n.sentence);
      if (sentences.length === 0) {
        // already reported as the article's problem
      } else if (!sentence) {
        problems.add(UnknownSentenceError, at, `the article has no sentence "${n.sentence}" (it has s1…s${sentences.length})`);
      } else if (noted.has(n.sentence)) {
        problems.add(NoClaimConflictError, at, `sentence ${n.sentence} is already declared as holding no claim`);
      } else if (this.anchor.cited[sentence.index] === 1) {
        problems.add(NoClaimConflictError, at, `sentence ${n.sentence} is cited by a claim, so it does hold a claim`);
      }
      noted.add(n.sentence);
      noClaims.push({ sentence: n.sentence, reason: n.reason });
    });
    return noClaims;
  }
}
