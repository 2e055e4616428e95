/**
 * The entities of the default story (Microsoft–OpenAI article), with the names and descriptive
 * mentions the article uses for them. Aliases are matched insensitive to case, accents and
 * apostrophe style; "les deux entreprises" and "les deux parties" name both companies.
 */
import { defineEntities } from "../graph/define.ts";

export const ENTITIES = defineEntities([
  {
    id: "microsoft",
    kind: "organization",
    label: "Microsoft",
    aliases: ["le géant de l’informatique", "géant de l’informatique", "les deux entreprises", "les deux parties"],
    wikidata: "Q2283",
    description: "American technology company, OpenAI's main investor and partner.",
  },
  {
    id: "openai",
    kind: "organization",
    label: "OpenAI",
    aliases: ["l’entreprise spécialisée en intelligence artificielle", "entreprise spécialisée en intelligence artificielle", "les deux entreprises", "les deux parties"],
    wikidata: "Q21708200",
    description: "Artificial intelligence research company founded in 2015.",
  },
  {
    id: "elon-musk",
    kind: "person",
    label: "Elon Musk",
    aliases: ["Musk"],
    wikidata: "Q317521",
    description: "Entrepreneur, co-founder of OpenAI.",
  },
  {
    id: "sam-altman",
    kind: "person",
    label: "Sam Altman",
    aliases: ["Altman"],
    wikidata: "Q7407093",
    description: "Entrepreneur, co-founder of OpenAI.",
  },
  {
    id: "artificial-intelligence",
    kind: "field",
    label: "intelligence artificielle",
    aliases: ["IA", "artificial intelligence"],
    wikidata: "Q11660",
    description: "The field both companies work in; what each pursues in it is on the relation.",
  },
]);

export type DefaultEntityId = (typeof ENTITIES)[number]["id"];
