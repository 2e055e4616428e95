/**
 * The default story's article, embedded as a string so that Node and the browser read the same
 * text without a file loader. It must stay identical to article.fr.txt (the byte-for-byte copy of
 * the seed, SHA-256 75a9910d…3af9): tests/data.test.ts checks both.
 */
export const ARTICLE_TEXT: string = [
  "Le partenariat entre Microsoft et OpenAI semble battre de l’aile, mettant en péril un investissement de 13 milliards de dollars de la part du géant de l’informatique dans l’entreprise spécialisée en intelligence artificielle.",
  "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI, ainsi qu’un partenariat stratégique pour développer des technologies d’IA avancées. Cependant, selon des sources proches du dossier, les deux entreprises auraient des visions différentes quant à l’utilisation de cet investissement et leur collaboration pourrait prendre fin.",
  "OpenAI, fondée en 2015 par Elon Musk et Sam Altman, a pour objectif de développer une intelligence artificielle généraliste et bénéfique pour l’humanité. Microsoft, quant à lui, cherche à développer des technologies d’IA pour améliorer ses produits et services ainsi que ses performances sur le marché.",
  "Selon les sources, OpenAI souhaiterait utiliser les fonds de Microsoft pour financer ses recherches et ses projets, sans forcément en faire bénéficier le géant de l’informatique. De son côté, Microsoft voudrait un retour sur investissement en intégrant les technologies développées par OpenAI dans ses produits et en gardant un contrôle sur leur utilisation.",
  "Cette divergence de vues pourrait mener à une rupture du partenariat entre les deux entreprises, avec d’éventuelles conséquences financières importantes pour Microsoft. En effet, en cas de départ d’OpenAI, le géant de l’informatique pourrait perdre l’accès à des technologies et des compétences clés dans le domaine de l’IA, ainsi que des opportunités de développement et de croissance sur un marché en plein essor.",
  "Cette situation montre les enjeux et les défis des collaborations entre des entreprises aux visions différentes dans le domaine de l’intelligence artificielle. Si elle se concrétise, cette rupture pourrait avoir un impact significatif sur les avancées technologiques et les stratégies de développement de Microsoft dans l’IA.",
  "En conclusion, le partenariat entre Microsoft et OpenAI semble prendre une tournure plus complexe que prévu, avec des perspectives de rupture et des conséquences potentiellement importantes pour les deux parties. Cette situation met également en lumière les enjeux et les difficultés des collaborations dans le domaine de l’intelligence artificielle, où les divergences de vues et les intérêts divergents peuvent mener à des conflits et des bouleversements dans l’industrie technologique.",
].join("\n");

/** Metadata of the default article. */
export const ARTICLE_META = {
  language: "fr",
  title: "Le partenariat entre Microsoft et OpenAI semble battre de l’aile",
} as const;
