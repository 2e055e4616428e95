/**
 * The relations of the default story, each with every citation the article gives for it.
 *
 * Authors write only the sentence id and the exact quote; `buildStory` finds the offsets and
 * rejects a quote that is not in its sentence. Modalities follow the article's wording:
 * "semble" → hedged, "selon des sources…" / conditional → reported, "pourrait", "en cas de",
 * "si elle se concrétise" → hypothetical.
 */
import { defineRelations } from "../graph/define.ts";
import { ENTITIES } from "./entities.ts";

const CLOSE_SOURCES = "des sources proches du dossier";
const THE_SOURCES = "les sources";

export const RELATIONS = defineRelations(ENTITIES, [
  {
    id: "microsoft-invested-openai-2019",
    kind: "invested",
    source: "microsoft",
    target: "openai",
    date: "2019-07",
    amount: { value: 1_000_000_000, currency: "USD", scope: "tranche" },
    description: "Microsoft's investment of 1 billion dollars in OpenAI, announced in July 2019. (Scope \"tranche\" is our reading: one announced investment.)",
    citations: [
      {
        sentence: "s2",
        quote: "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI",
        modality: "asserted",
        gloss: "In July 2019, Microsoft announced a 1 billion dollar investment in OpenAI.",
      },
    ],
  },
  {
    id: "microsoft-invested-openai-13bn",
    kind: "invested",
    source: "microsoft",
    target: "openai",
    amount: { value: 13_000_000_000, currency: "USD", scope: "total" },
    description: "The 13 billion dollars Microsoft has invested in OpenAI, which the faltering partnership puts at risk. (Scope \"total\" is our reading: the article gives the figure without saying how it was paid.)",
    citations: [
      {
        sentence: "s1",
        quote: "mettant en péril un investissement de 13 milliards de dollars de la part du géant de l’informatique dans l’entreprise spécialisée en intelligence artificielle",
        modality: "asserted",
        gloss: "The partnership's apparent troubles put at risk the 13 billion dollars the computing giant has invested in the AI company.",
      },
    ],
  },
  {
    id: "microsoft-partnered-openai",
    kind: "partnered",
    source: "microsoft",
    target: "openai",
    date: "2019-07",
    description: "The strategic partnership announced in July 2019, now in trouble and possibly ending.",
    citations: [
      {
        sentence: "s2",
        quote: "ainsi qu’un partenariat stratégique pour développer des technologies d’IA avancées",
        modality: "asserted",
        gloss: "Along with the investment, Microsoft announced a strategic partnership to develop advanced AI technologies.",
      },
      {
        sentence: "s1",
        quote: "Le partenariat entre Microsoft et OpenAI semble battre de l’aile",
        modality: "hedged",
        gloss: "The partnership between Microsoft and OpenAI seems to be faltering.",
      },
      {
        sentence: "s3",
        quote: "leur collaboration pourrait prendre fin",
        modality: "reported",
        attribution: CLOSE_SOURCES,
        gloss: "About the partnership's possible end: according to sources close to the matter, their collaboration could come to an end.",
      },
      {
        sentence: "s8",
        quote: "Cette divergence de vues pourrait mener à une rupture du partenariat entre les deux entreprises",
        modality: "hypothetical",
        gloss: "About the partnership's possible end: the difference of views could lead to a break-up of the partnership.",
      },
      {
        sentence: "s11",
        quote: "Si elle se concrétise, cette rupture pourrait avoir un impact significatif",
        modality: "hypothetical",
        gloss: "About the partnership's possible end: if the break-up happens, it could have a significant impact.",
      },
      {
        sentence: "s12",
        quote: "le partenariat entre Microsoft et OpenAI semble prendre une tournure plus complexe que prévu, avec des perspectives de rupture",
        modality: "hedged",
        gloss: "In conclusion, the partnership seems to be taking a more complex turn than expected, with prospects of a break-up.",
      },
    ],
  },
  {
    id: "elon-musk-founded-openai",
    kind: "founded",
    source: "elon-musk",
    target: "openai",
    date: "2015",
    description: "Elon Musk co-founded OpenAI in 2015.",
    citations: [
      {
        sentence: "s4",
        quote: "OpenAI, fondée en 2015 par Elon Musk et Sam Altman",
        modality: "asserted",
        gloss: "OpenAI was founded in 2015 by Elon Musk and Sam Altman.",
      },
    ],
  },
  {
    id: "sam-altman-founded-openai",
    kind: "founded",
    source: "sam-altman",
    target: "openai",
    date: "2015",
    description: "Sam Altman co-founded OpenAI in 2015.",
    citations: [
      {
        sentence: "s4",
        quote: "OpenAI, fondée en 2015 par Elon Musk et Sam Altman",
        modality: "asserted",
        gloss: "OpenAI was founded in 2015 by Elon Musk and Sam Altman.",
      },
    ],
  },
  {
    id: "microsoft-diverges-from-openai",
    kind: "diverges-from",
    source: "microsoft",
    target: "openai",
    description: "The two companies reportedly disagree on how the investment should be used.",
    citations: [
      {
        sentence: "s3",
        quote: "les deux entreprises auraient des visions différentes quant à l’utilisation de cet investissement",
        modality: "reported",
        attribution: CLOSE_SOURCES,
        gloss: "According to sources close to the matter, the two companies have different views on how the investment should be used.",
      },
      {
        sentence: "s8",
        quote: "Cette divergence de vues",
        modality: "reported",
        attribution: CLOSE_SOURCES,
        gloss: "The article refers back to the difference of views that sources close to the matter reported (s3).",
      },
    ],
  },
  {
    id: "openai-pursues-ai",
    kind: "pursues",
    source: "openai",
    target: "artificial-intelligence",
    description: "OpenAI's aim: a general artificial intelligence that benefits humanity.",
    citations: [
      {
        sentence: "s4",
        quote: "a pour objectif de développer une intelligence artificielle généraliste et bénéfique pour l’humanité",
        modality: "asserted",
        gloss: "OpenAI's goal is to develop a general artificial intelligence that benefits humanity.",
      },
    ],
  },
  {
    id: "microsoft-pursues-ai",
    kind: "pursues",
    source: "microsoft",
    target: "artificial-intelligence",
    description: "Microsoft's aim: AI technologies that improve its products, services and market performance.",
    citations: [
      {
        sentence: "s5",
        quote: "cherche à développer des technologies d’IA pour améliorer ses produits et services ainsi que ses performances sur le marché",
        modality: "asserted",
        gloss: "Microsoft seeks to develop AI technologies to improve its products and services and its market performance.",
      },
    ],
  },
  {
    id: "openai-seeks-microsoft",
    kind: "seeks",
    source: "openai",
    target: "microsoft",
    description: "OpenAI reportedly wants to use Microsoft's money for its own research, without necessarily benefiting Microsoft.",
    citations: [
      {
        sentence: "s6",
        quote: "OpenAI souhaiterait utiliser les fonds de Microsoft pour financer ses recherches et ses projets, sans forcément en faire bénéficier le géant de l’informatique",
        modality: "reported",
        attribution: THE_SOURCES,
        gloss: "According to the sources, OpenAI would like to use Microsoft's funds for its research and projects without necessarily benefiting Microsoft.",
      },
    ],
  },
  {
    id: "microsoft-seeks-openai",
    kind: "seeks",
    source: "microsoft",
    target: "openai",
    description: "Microsoft reportedly wants a return on its investment: OpenAI's technologies in its products, and control over their use.",
    citations: [
      {
        sentence: "s7",
        quote: "Microsoft voudrait un retour sur investissement en intégrant les technologies développées par OpenAI dans ses produits et en gardant un contrôle sur leur utilisation",
        modality: "reported",
        attribution: THE_SOURCES,
        gloss: "Still according to the sources named in s6 (this sentence names none), Microsoft would want a return on investment by integrating OpenAI's technologies into its products and keeping control over their use.",
      },
    ],
  },
  {
    id: "microsoft-depends-on-openai",
    kind: "depends-on",
    source: "microsoft",
    target: "openai",
    description: "What Microsoft could lose if the partnership ends: money, key technologies and skills, growth, its AI strategy.",
    citations: [
      {
        sentence: "s8",
        quote: "avec d’éventuelles conséquences financières importantes pour Microsoft",
        modality: "hypothetical",
        gloss: "A break-up could have significant financial consequences for Microsoft.",
      },
      {
        sentence: "s9",
        quote: "en cas de départ d’OpenAI, le géant de l’informatique pourrait perdre l’accès à des technologies et des compétences clés dans le domaine de l’IA, ainsi que des opportunités de développement et de croissance sur un marché en plein essor",
        modality: "hypothetical",
        gloss: "If OpenAI left, Microsoft could lose access to key AI technologies and skills, and to growth opportunities.",
      },
      {
        sentence: "s11",
        quote: "pourrait avoir un impact significatif sur les avancées technologiques et les stratégies de développement de Microsoft dans l’IA",
        modality: "hypothetical",
        gloss: "A break-up could significantly affect Microsoft's technological progress and AI development strategies.",
      },
    ],
  },
]);
