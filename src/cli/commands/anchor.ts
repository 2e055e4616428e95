/**
 * `storygraph anchor "QUOTE"`: where a quote stands in the article (sentence, offsets, exact or
 * folded, ambiguous or not), with a storygraph/2 citation skeleton to paste into a story file.
 * Helps authors write citations that load.
 */
import { citationFor, locateQuote, type QuoteLocation } from "../../graph/quote-locate.ts";
import { CERTAINTIES, POLARITIES } from "../../graph/values.ts";
import { parseFlags } from "../args.ts";
import { printable, table } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storyFromOption } from "../story-option.ts";

function row(l: QuoteLocation): string[] {
  return [
    l.sentence ?? `${l.sentences.join("+")} (across)`,
    String(l.start),
    String(l.end),
    l.match,
    l.sentence === null ? "-" : l.ambiguous ? "yes" : "no",
    l.occurrence === null ? "-" : String(l.occurrence),
  ];
}

/** The placeholder of a value to choose among `values`: the loader refuses it until one is chosen. */
const choose = (values: readonly string[]) => values.join("|");

/**
 * A storygraph/2 citation to paste: the sentence, the article's own words and the occurrence
 * when needed, then the factuality and gloss to fill in. The placeholders (`positive|negative`,
 * an empty gloss) do not validate, so a skeleton left unfilled cannot pass for an assertion.
 */
export function citationSkeleton(location: QuoteLocation): Record<string, unknown> | null {
  const base = citationFor(location);
  if (!base) return null;
  return { ...base, factuality: { polarity: choose(POLARITIES), certainty: choose(CERTAINTIES) }, gloss: "" };
}

export const anchorCommand: Command = {
  name: "anchor",
  help: `Usage: storygraph anchor [--story FILE] [--sentence ID] [--json] QUOTE

Find every place QUOTE stands in the article and print, for each: the sentence id,
the start and end offsets (UTF-16 code units, end exclusive), whether the match is
exact or only folded (ignoring case, accents, apostrophe style and spacing: the
article's own words are then shown, cite those), whether it is ambiguous (the same
words stand more than once in the sentence, so the citation needs "occurrence"), and
the occurrence number. Then a storygraph/2 citation to paste into the story file,
with what is left to fill in: its factuality (polarity ${POLARITIES.join(" or ")}; certainty
${CERTAINTIES.join(", ")}, as the words state it), its gloss (one English
sentence saying what the quote claims), and "sources" when the article attributes the
words ("sources": ["des sources proches du dossier"]). The placeholders do not validate,
so an unfilled citation cannot load as a claim.

Exit code 0 when the quote stands exactly inside one sentence (a citation can use it),
1 when it is not found, only found folded, or only across sentences, 2 for a usage error.

Options:
  --story FILE   a story JSON file instead of the built-in story
  --sentence ID  only matches inside this sentence (s1, s2, ...)
  --json         print {quote, matches: [...], citation}
  -h, --help     show this help

Examples:
  storygraph anchor "un investissement de 1 milliard de dollars"
  storygraph anchor --sentence s1 " de "
  storygraph anchor --story tests/fixtures/english-story.json "founded in 2021"
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { story: { type: "string" }, sentence: { type: "string" }, json: { type: "boolean" } },
      true,
    );
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError("anchor takes exactly one QUOTE (put it in quotes)");
    const quote = positionals[0]!;
    if (!quote) throw new UsageError("the QUOTE is empty");
    if (values.sentence !== undefined && !/^s[1-9][0-9]*$/.test(values.sentence)) {
      throw new UsageError(`--sentence: "${values.sentence}" is not a sentence id (s1, s2, ...)`);
    }
    const story = await storyFromOption(values.story, io);
    const matches = locateQuote(story, quote, values.sentence === undefined ? {} : { sentence: values.sentence });
    const usable = matches.find((m) => m.match === "exact" && m.sentence !== null);
    const citation = usable ? citationSkeleton(usable) : null;
    if (values.json) {
      io.out(printable(JSON.stringify({ quote, matches, citation }, null, 2)) + "\n");
      return usable ? EXIT.ok : EXIT.failure;
    }
    const where = values.sentence ? ` in ${values.sentence}` : "";
    if (matches.length === 0) {
      io.err(`storygraph anchor: the quote is not in the article${where}, not even ignoring case, accents and spacing\n`);
      return EXIT.failure;
    }
    io.out(table(["sentence", "start", "end", "match", "ambiguous", "occurrence"], matches.map(row)));
    for (const m of matches) {
      if (m.match === "folded") io.out(printable(`the article writes ${JSON.stringify(m.text)} at ${m.start}…${m.end}`, true) + "\n");
    }
    if (citation) {
      const ambiguous = matches.filter((m) => m.match === "exact" && m.sentence !== null && m.ambiguous).length;
      io.out(printable(`citation: ${JSON.stringify(citation)}${ambiguous ? " (pick the occurrence you mean)" : ""}`, true) + "\n");
      io.out("fill in its factuality and gloss; add \"sources\" when the article attributes the words\n");
      return EXIT.ok;
    }
    io.err(
      matches[0]!.match === "folded"
        ? "storygraph anchor: no exact match; quote the article's own words shown above\n"
        : "storygraph anchor: the quote runs across sentences; cite each sentence separately\n",
    );
    return EXIT.failure;
  },
};
