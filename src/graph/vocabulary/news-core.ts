/**
 * The news core vocabulary: the kinds of entity, relation and event most news stories need
 * (people, organizations, places, products, fields, documents, groups; founding, investing,
 * partnering, employment and leadership, ownership, membership, location, production,
 * competition, support and opposition; announcements, statements, foundings, investments,
 * acquisitions, mergers, agreements, negotiations, strains, terminations, departures,
 * appointments, lawsuits, rulings, elections, launches, impacts, meetings, protests).
 *
 * Every story uses it; a story adds kinds of its own in its `vocabulary` (vocabulary/resolve.ts).
 * Relations are lasting states (a partnership holds from its start to its end); events happen
 * (at a point in time, or from a start to an end) and have participants in roles.
 *
 * Wikidata: a relation kind names the property it corresponds to and whether the Wikidata
 * statement runs the other way (`inverse`); entity and event kinds name a class. Only ids whose
 * labels were checked against two 2026 dumps of Wikidata's properties and stored wikidata.org
 * pages are given (P112 founded by, P1951 investor, P2652 partnership with, P108 employer, P1037
 * director / manager, P463 member of, P1830 owner of, P749 parent organization or unit, P276
 * location, P1056 product or material produced, P101 field of work; Q5 human, Q43229
 * organization, Q2221906 geographic location, Q2424752 product, Q321839 agreement, Q2684591
 * statement, Q2334719 legal case, Q327000 court decision, Q40231 public election); a kind with
 * no close or no verified counterpart has none.
 *
 * The table is `as const` and `satisfies` its declaration type, so the literal ids and rules
 * reach the compile-time checks of `defineRelations` and `defineEvents` (define.ts).
 */
import type { VocabularyDeclaration } from "./types.ts";

const AGENTS = ["person", "organization", "group", "place"] as const;
const ANYTHING = ["person", "organization", "group", "place", "product", "field", "document"] as const;

/** The news core vocabulary: the entity, relation and event kinds most news stories need, each with its meaning, domain and range (or roles) and Wikidata mapping. `NEWS_CORE_VOCABULARY` is the same, resolved. */
export const NEWS_CORE = {
  entityKinds: [
    { id: "person", label: "person", description: "A person.", wikidata: "Q5" },
    { id: "organization", label: "organization", description: "A company, institution, public body, party, team or other organization.", wikidata: "Q43229" },
    { id: "group", label: "group", description: "People the article names together without an organization of their own (employees, investors, protesters, sources)." },
    { id: "place", label: "place", description: "A country, region, city, site or other place (also as the authority that governs it).", wikidata: "Q2221906" },
    { id: "product", label: "product", description: "A product, service, technology, software or brand.", wikidata: "Q2424752" },
    { id: "field", label: "field", description: "A field of activity, knowledge or technology (artificial intelligence, tidal energy)." },
    { id: "document", label: "document", description: "A law, contract, report, filing, patent or other document." },
  ],
  relationKinds: [
    { id: "founded", label: "founded", description: "The source founded or co-founded the target.", domain: ["person", "organization"], range: ["organization"], symmetric: false, wikidata: { property: "P112", inverse: true } },
    { id: "invested", label: "invested in", description: "The source has put money into the target (a stake, a loan, funding).", domain: ["organization", "person", "group"], range: ["organization", "product"], symmetric: false, wikidata: { property: "P1951", inverse: true } },
    { id: "partnered", label: "partnered with", description: "The two are in a partnership.", domain: ["organization", "person", "place"], range: ["organization", "person", "place"], symmetric: true, wikidata: { property: "P2652", inverse: false } },
    { id: "works-for", label: "works for", description: "The person is employed by or works for the target.", domain: ["person"], range: ["organization", "place"], symmetric: false, wikidata: { property: "P108", inverse: false } },
    { id: "leads", label: "leads", description: "The person heads, chairs or manages the target.", domain: ["person"], range: ["organization", "group", "place"], symmetric: false, wikidata: { property: "P1037", inverse: true } },
    { id: "member-of", label: "member of", description: "The source is a member of the target.", domain: ["person", "organization", "place"], range: ["organization", "group"], symmetric: false, wikidata: { property: "P463", inverse: false } },
    { id: "owns", label: "owns", description: "The source owns the target (whole or in part).", domain: ["person", "organization", "group", "place"], range: ["organization", "product", "place", "document"], symmetric: false, wikidata: { property: "P1830", inverse: false } },
    { id: "subsidiary-of", label: "subsidiary of", description: "The source organization is controlled by the target organization.", domain: ["organization"], range: ["organization"], symmetric: false, wikidata: { property: "P749", inverse: false } },
    { id: "located-in", label: "located in", description: "The source is based in, or lies in, the target place.", domain: ["organization", "place", "person", "group", "product"], range: ["place"], symmetric: false, wikidata: { property: "P276", inverse: false } },
    { id: "produces", label: "produces", description: "The source makes, develops or sells the target product.", domain: ["organization", "person", "place"], range: ["product"], symmetric: false, wikidata: { property: "P1056", inverse: false } },
    { id: "pursues", label: "pursues", description: "The source works towards a goal in the field (the claim's description says which goal).", domain: ["organization", "person", "group", "place"], range: ["field"], symmetric: false, wikidata: { property: "P101", inverse: false } },
    { id: "seeks", label: "wants from", description: "The source wants something from the target (the claim's description says what).", domain: AGENTS, range: ANYTHING, symmetric: false },
    { id: "depends-on", label: "depends on", description: "The source relies on the target for something it could lose.", domain: AGENTS, range: ANYTHING, symmetric: false },
    { id: "competes-with", label: "competes with", description: "The two compete (in a market, a race, an election).", domain: ["organization", "person", "place", "product"], range: ["organization", "person", "place", "product"], symmetric: true },
    { id: "diverges-from", label: "diverges from", description: "The two have diverging views or interests.", domain: AGENTS, range: AGENTS, symmetric: true },
    { id: "supports", label: "supports", description: "The source backs, endorses or defends the target.", domain: AGENTS, range: ANYTHING, symmetric: false },
    { id: "opposes", label: "opposes", description: "The source opposes or criticises the target.", domain: AGENTS, range: ANYTHING, symmetric: false },
  ],
  eventKinds: [
    {
      id: "announcement", label: "announcement", description: "Someone makes something known (a plan, a deal, a result).",
      roles: [
        { id: "announcer", label: "announcer", kinds: AGENTS, required: true, multiple: true },
        { id: "topic", label: "topic", kinds: [...ANYTHING, "event"], multiple: true },
      ],
    },
    {
      id: "statement", label: "statement", description: "Someone says, declares or comments something (the claim's quotes say what).", wikidata: "Q2684591",
      roles: [
        { id: "speaker", label: "speaker", kinds: AGENTS, required: true, multiple: true },
        { id: "topic", label: "topic", kinds: [...ANYTHING, "event"], multiple: true },
      ],
    },
    {
      id: "founding", label: "founding", description: "An organization is founded.",
      roles: [
        { id: "founder", label: "founder", kinds: ["person", "organization", "group"], multiple: true },
        { id: "founded", label: "founded", kinds: ["organization"], required: true },
        { id: "place", label: "place", kinds: ["place"] },
      ],
    },
    {
      id: "investment", label: "investment", description: "Money is put into an organization or a project.",
      roles: [
        { id: "investor", label: "investor", kinds: ["organization", "person", "group", "place"], required: true, multiple: true },
        { id: "recipient", label: "recipient", kinds: ["organization", "product", "place", "person"], required: true, multiple: true },
      ],
    },
    {
      id: "acquisition", label: "acquisition", description: "Someone buys or takes control of an organization, a product or an asset.",
      roles: [
        { id: "acquirer", label: "acquirer", kinds: ["organization", "person", "group", "place"], required: true, multiple: true },
        { id: "acquired", label: "acquired", kinds: ["organization", "product", "place", "document"], required: true, multiple: true },
        { id: "seller", label: "seller", kinds: ["organization", "person", "group", "place"], multiple: true },
      ],
    },
    {
      id: "merger", label: "merger", description: "Organizations combine into one.",
      roles: [
        { id: "party", label: "party", kinds: ["organization"], required: true, multiple: true },
        { id: "result", label: "resulting organization", kinds: ["organization"] },
      ],
    },
    {
      id: "agreement", label: "agreement", description: "Parties reach or sign an agreement, a deal or a contract.", wikidata: "Q321839",
      roles: [
        { id: "party", label: "party", kinds: AGENTS, required: true, multiple: true },
        { id: "topic", label: "topic", kinds: [...ANYTHING, "event"], multiple: true },
      ],
    },
    {
      id: "negotiation", label: "negotiation", description: "Parties negotiate (talks, bargaining).",
      roles: [
        { id: "party", label: "party", kinds: AGENTS, required: true, multiple: true },
        { id: "topic", label: "topic", kinds: [...ANYTHING, "event"], multiple: true },
      ],
    },
    {
      id: "strain", label: "strain", description: "A relationship between parties deteriorates or runs into difficulty.",
      roles: [{ id: "party", label: "party", kinds: AGENTS, required: true, multiple: true }],
    },
    {
      id: "termination", label: "termination", description: "A relationship, an agreement or a partnership ends (a break-up, a withdrawal, a cancellation).",
      roles: [{ id: "party", label: "party", kinds: AGENTS, required: true, multiple: true }],
    },
    {
      id: "departure", label: "departure", description: "A person or an organization leaves another (resigns, quits, withdraws).",
      roles: [
        { id: "leaver", label: "who leaves", kinds: AGENTS, required: true, multiple: true },
        { id: "left", label: "what is left", kinds: ["organization", "group", "place"], multiple: true },
      ],
    },
    {
      id: "appointment", label: "appointment", description: "A person is appointed, elected or hired to a position.",
      roles: [
        { id: "appointee", label: "appointee", kinds: ["person"], required: true, multiple: true },
        { id: "organization", label: "organization", kinds: ["organization", "group", "place"] },
        { id: "appointer", label: "appointed by", kinds: AGENTS, multiple: true },
      ],
    },
    {
      id: "lawsuit", label: "lawsuit", description: "Legal action is brought against someone.", wikidata: "Q2334719",
      roles: [
        { id: "plaintiff", label: "plaintiff", kinds: AGENTS, required: true, multiple: true },
        { id: "defendant", label: "defendant", kinds: AGENTS, required: true, multiple: true },
        { id: "court", label: "court", kinds: ["organization"] },
      ],
    },
    {
      id: "ruling", label: "ruling", description: "A court, regulator or other authority decides.", wikidata: "Q327000",
      roles: [
        { id: "authority", label: "authority", kinds: ["organization", "person", "place"], required: true },
        { id: "party", label: "party", kinds: AGENTS, multiple: true },
        { id: "case", label: "case", kinds: ["event", "document"], multiple: true },
      ],
    },
    {
      id: "election", label: "election", description: "An election or a vote is held.", wikidata: "Q40231",
      roles: [
        { id: "candidate", label: "candidate", kinds: ["person", "organization"], multiple: true },
        { id: "winner", label: "winner", kinds: ["person", "organization"], multiple: true },
        { id: "place", label: "place", kinds: ["place", "organization"] },
      ],
    },
    {
      id: "launch", label: "launch", description: "A product, service or project is released or started.",
      roles: [
        { id: "maker", label: "maker", kinds: AGENTS, required: true, multiple: true },
        { id: "launched", label: "launched", kinds: ["product", "document", "organization"], required: true, multiple: true },
      ],
    },
    {
      id: "impact", label: "impact", description: "Something affects someone: consequences, losses, gains.",
      roles: [
        { id: "cause", label: "cause", kinds: [...ANYTHING, "event"], multiple: true },
        { id: "affected", label: "affected", kinds: ANYTHING, required: true, multiple: true },
      ],
    },
    {
      id: "meeting", label: "meeting", description: "People or organizations meet.",
      roles: [
        { id: "participant", label: "participant", kinds: AGENTS, required: true, multiple: true },
        { id: "place", label: "place", kinds: ["place"] },
      ],
    },
    {
      id: "protest", label: "protest", description: "People protest, strike or demonstrate against something.",
      roles: [
        { id: "protester", label: "protester", kinds: AGENTS, required: true, multiple: true },
        { id: "target", label: "against", kinds: [...ANYTHING, "event"], multiple: true },
        { id: "place", label: "place", kinds: ["place"] },
      ],
    },
  ],
} as const satisfies VocabularyDeclaration;

/** The news core's declaration type, with its literal ids (for define.ts). */
export type NewsCore = typeof NEWS_CORE;
