/**
 * The relations of the default story: the lasting states between its entities (a partnership, an
 * investment stake, diverging views, what each company pursues or wants from the other), each
 * with every citation the article gives for it. What happens or may happen to them (the
 * partnership faltering, its possible end, the consequences) are events (events.ts).
 *
 * Authors write only the sentence id and the exact quote; `buildStory` finds the offsets, rejects
 * a quote that is not in its sentence, and checks every date and amount against the quotes.
 * Factuality follows the article's wording: the author's plain statements are certain;
 * "semble" and the French reporting conditional ("auraient", "souhaiterait", "voudrait": the
 * author relays what sources say without confirming it) are probable; sources are named as the
 * article names them ("selon des sources proches du dossier", "selon les sources").
 */
import { defineRelations } from "../graph/define.ts";
import { ENTITIES } from "./entities.ts";

const CERTAIN = { polarity: "positive", certainty: "certain" } as const;
const PROBABLE = { polarity: "positive", certainty: "probable" } as const;
const CLOSE_SOURCES = "des sources proches du dossier";
const THE_SOURCES = "les sources";

export const RELATIONS = defineRelations(ENTITIES, [
  {
    id: "microsoft-partnered-openai",
    kind: "partnered",
    source: "microsoft",
    target: "openai",
    announced: "2019-07",
    description: "The strategic partnership between Microsoft and OpenAI, announced in July 2019; the article speaks of it in the present (its troubles and possible end are events of their own).",
    citations: [
      {
        sentence: "s2",
        quote: "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI, ainsi qu’un partenariat stratégique pour développer des technologies d’IA avancées",
        factuality: CERTAIN,
        gloss: "In July 2019, Microsoft announced, along with its investment, a strategic partnership with OpenAI to develop advanced AI technologies.",
      },
      {
        sentence: "s1",
        quote: "Le partenariat entre Microsoft et OpenAI",
        factuality: CERTAIN,
        gloss: "The article speaks of the partnership between Microsoft and OpenAI as existing now.",
      },
      {
        sentence: "s12",
        quote: "le partenariat entre Microsoft et OpenAI",
        factuality: CERTAIN,
        gloss: "In its conclusion, the article again speaks of the partnership as existing.",
      },
    ],
  },
  {
    id: "microsoft-invested-openai-13bn",
    kind: "invested",
    source: "microsoft",
    target: "openai",
    amount: { value: 13_000_000_000, currency: "USD", scope: "total" },
    description: "The 13 billion dollars Microsoft has invested in OpenAI. (Scope \"total\" is our reading: the article gives the figure without saying how it was paid.)",
    citations: [
      {
        sentence: "s1",
        quote: "un investissement de 13 milliards de dollars de la part du géant de l’informatique dans l’entreprise spécialisée en intelligence artificielle",
        factuality: CERTAIN,
        gloss: "The computing giant has an investment of 13 billion dollars in the AI company.",
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
        factuality: PROBABLE,
        sources: [CLOSE_SOURCES],
        gloss: "According to sources close to the matter, the two companies have different views on how the investment should be used (reported, in the conditional: not confirmed by the author).",
      },
      {
        sentence: "s8",
        quote: "Cette divergence de vues",
        factuality: PROBABLE,
        sources: [CLOSE_SOURCES],
        gloss: "The article refers back to the difference of views that sources close to the matter reported in s3.",
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
        factuality: CERTAIN,
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
        factuality: CERTAIN,
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
        factuality: PROBABLE,
        sources: [THE_SOURCES],
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
        factuality: PROBABLE,
        sources: [THE_SOURCES],
        gloss: "Still according to the sources named in s6 (this sentence names none), Microsoft would want a return on investment by integrating OpenAI's technologies into its products and keeping control over their use.",
      },
    ],
  },
]);
