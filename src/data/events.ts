/**
 * The events of the default story: what happened (OpenAI's founding, Microsoft's 2019
 * investment) and what the article says is happening or may happen to the partnership (it
 * falters; it may end; its end would have consequences), each with its participants in roles and
 * every citation the article gives for it.
 *
 * Factuality follows the article's wording: "semble" → probable; "pourrait", "d’éventuelles",
 * "perspectives de", "potentiellement" → possible; the antecedents of conditionals ("si elle se
 * concrétise", "en cas de") → unknown: the article entertains them without committing. The
 * possible end is said both by the sources (s3, "selon des sources proches du dossier … leur
 * collaboration pourrait prendre fin") and by the author (s8, s9, s11, s12).
 */
import { defineEvents } from "../graph/define.ts";
import { ENTITIES } from "./entities.ts";

const CERTAIN = { polarity: "positive", certainty: "certain" } as const;
const PROBABLE = { polarity: "positive", certainty: "probable" } as const;
const POSSIBLE = { polarity: "positive", certainty: "possible" } as const;
const UNKNOWN = { polarity: "positive", certainty: "unknown" } as const;

export const EVENTS = defineEvents(ENTITIES, [
  {
    id: "openai-founding",
    kind: "founding",
    label: "Founding of OpenAI",
    participants: [
      { role: "founded", entity: "openai" },
      { role: "founder", entity: "elon-musk" },
      { role: "founder", entity: "sam-altman" },
    ],
    pointInTime: "2015",
    description: "OpenAI was founded in 2015 by Elon Musk and Sam Altman.",
    citations: [
      {
        sentence: "s4",
        quote: "OpenAI, fondée en 2015 par Elon Musk et Sam Altman",
        factuality: CERTAIN,
        gloss: "OpenAI was founded in 2015 by Elon Musk and Sam Altman.",
      },
    ],
  },
  {
    id: "microsoft-investment-2019",
    kind: "investment",
    label: "Microsoft's 1 billion dollar investment",
    participants: [
      { role: "investor", entity: "microsoft" },
      { role: "recipient", entity: "openai" },
    ],
    announced: "2019-07",
    amount: { value: 1_000_000_000, currency: "USD", scope: "tranche" },
    description: "Microsoft's investment of 1 billion dollars in OpenAI, announced in July 2019. (Scope \"tranche\" is our reading: one announced investment.)",
    citations: [
      {
        sentence: "s2",
        quote: "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI",
        factuality: CERTAIN,
        gloss: "In July 2019, Microsoft announced a 1 billion dollar investment in OpenAI.",
      },
    ],
  },
  {
    id: "partnership-strain",
    kind: "strain",
    label: "The partnership falters",
    participants: [
      { role: "party", entity: "microsoft" },
      { role: "party", entity: "openai" },
    ],
    about: ["microsoft-partnered-openai"],
    description: "The partnership seems to be faltering and taking a more complex turn than expected, putting Microsoft's 13 billion dollar investment at risk.",
    citations: [
      {
        sentence: "s1",
        quote: "Le partenariat entre Microsoft et OpenAI semble battre de l’aile, mettant en péril un investissement de 13 milliards de dollars",
        factuality: PROBABLE,
        gloss: "The partnership between Microsoft and OpenAI seems to be faltering, which puts a 13 billion dollar investment at risk.",
      },
      {
        sentence: "s12",
        quote: "le partenariat entre Microsoft et OpenAI semble prendre une tournure plus complexe que prévu",
        factuality: PROBABLE,
        gloss: "In conclusion, the partnership seems to be taking a more complex turn than expected.",
      },
    ],
  },
  {
    id: "partnership-break-up",
    kind: "termination",
    label: "Possible break-up of the partnership",
    participants: [
      { role: "party", entity: "microsoft" },
      { role: "party", entity: "openai" },
    ],
    about: ["microsoft-partnered-openai"],
    description: "The partnership could end: sources say so (s3), and the article weighs it (s8, s9, s11, s12).",
    citations: [
      {
        sentence: "s3",
        quote: "leur collaboration pourrait prendre fin",
        factuality: POSSIBLE,
        sources: ["des sources proches du dossier"],
        gloss: "According to sources close to the matter, their collaboration could come to an end.",
      },
      {
        sentence: "s8",
        quote: "Cette divergence de vues pourrait mener à une rupture du partenariat entre les deux entreprises",
        factuality: POSSIBLE,
        gloss: "The difference of views could lead to a break-up of the partnership between the two companies.",
      },
      {
        sentence: "s9",
        quote: "en cas de départ d’OpenAI",
        factuality: UNKNOWN,
        gloss: "The article considers the case of OpenAI leaving, without saying it will happen.",
      },
      {
        sentence: "s11",
        quote: "Si elle se concrétise, cette rupture",
        factuality: UNKNOWN,
        gloss: "The article considers the break-up happening, without saying it will.",
      },
      {
        sentence: "s12",
        quote: "avec des perspectives de rupture",
        factuality: POSSIBLE,
        gloss: "In conclusion, a break-up is in prospect.",
      },
    ],
  },
  {
    id: "break-up-consequences",
    kind: "impact",
    label: "Consequences of a break-up",
    participants: [
      { role: "cause", event: "partnership-break-up" },
      { role: "affected", entity: "microsoft" },
      { role: "affected", entity: "openai" },
    ],
    description: "What a break-up could cost: for Microsoft money, key AI technologies and skills, growth opportunities and its AI strategy (s8, s9, s11); for both parties, significant consequences (s12).",
    citations: [
      {
        sentence: "s8",
        quote: "avec d’éventuelles conséquences financières importantes pour Microsoft",
        factuality: POSSIBLE,
        gloss: "A break-up could have significant financial consequences for Microsoft.",
      },
      {
        sentence: "s9",
        quote: "le géant de l’informatique pourrait perdre l’accès à des technologies et des compétences clés dans le domaine de l’IA, ainsi que des opportunités de développement et de croissance sur un marché en plein essor",
        factuality: POSSIBLE,
        gloss: "If OpenAI left, Microsoft could lose access to key AI technologies and skills, and to growth opportunities.",
      },
      {
        sentence: "s11",
        quote: "cette rupture pourrait avoir un impact significatif sur les avancées technologiques et les stratégies de développement de Microsoft dans l’IA",
        factuality: POSSIBLE,
        gloss: "A break-up could significantly affect Microsoft's technological progress and AI development strategies.",
      },
      {
        sentence: "s12",
        quote: "des conséquences potentiellement importantes pour les deux parties",
        factuality: POSSIBLE,
        gloss: "The break-up in prospect could have significant consequences for both parties.",
      },
    ],
  },
]);
