/**
 * How the article pane cuts an article for drawing: paragraphs (a line break between two
 * sentences starts a new one), each cut into blocks of at most `blockSentences` sentences. The
 * first blocks, up to `eagerSentences` sentences, are drawn at once; the others stay empty
 * placeholders of an estimated height until they come near the pane's view (panels/article.ts).
 * A real article (tens or hundreds of sentences) is drawn whole at once, so the browser's own
 * find-in-page sees all of it; a story of 50,000 sentences does not build 50,000 sentence
 * elements before its graph is shown. Options: interface, defaults and a validating resolver. Pure.
 */
import type { Sentence } from "../../graph/model.ts";
import { InvalidArgumentError } from "../../graph/errors.ts";

export interface ArticleWindowOptions {
  /** Most sentences in one block (the unit drawn when it comes near view). */
  readonly blockSentences: number;
  /** Sentences drawn at once when a story opens (whole blocks: the first blocks up to this many sentences). */
  readonly eagerSentences: number;
}

export const DEFAULT_ARTICLE_WINDOW: ArticleWindowOptions = Object.freeze({ blockSentences: 100, eagerSentences: 2000 });

/**
 * `options` over the defaults, checked.
 *
 * @param options - overrides of DEFAULT_ARTICLE_WINDOW.
 * @throws {InvalidArgumentError} for an unknown option, or one that is not a positive integer.
 */
export function resolveArticleWindow(options: Partial<ArticleWindowOptions> = {}): ArticleWindowOptions {
  const FN = "resolveArticleWindow";
  for (const [key, value] of Object.entries(options)) {
    if (!(key in DEFAULT_ARTICLE_WINDOW)) throw new InvalidArgumentError(FN, key, `unknown option (known: ${Object.keys(DEFAULT_ARTICLE_WINDOW).join(", ")})`);
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new InvalidArgumentError(FN, key, `must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return { ...DEFAULT_ARTICLE_WINDOW, ...options };
}

/** A run of consecutive sentences of one paragraph, drawn together. */
export interface ArticleBlock {
  /** Its place among all the article's blocks (0 first). */
  readonly index: number;
  readonly sentences: readonly Sentence[];
  /** Characters of its sentences (for the placeholder's estimated height). */
  readonly chars: number;
  /** Drawn when the story opens (the first blocks, up to `eagerSentences` sentences). */
  readonly eager: boolean;
}

export interface ArticleBlocks {
  /** The paragraphs in article order, each its blocks. */
  readonly paragraphs: readonly (readonly ArticleBlock[])[];
  /** Every block in article order (`blocks[i].index === i`). */
  readonly blocks: readonly ArticleBlock[];
  /** The index of the block holding each sentence, by sentence id. */
  readonly blockOf: ReadonlyMap<string, number>;
}

/**
 * Cut `sentences` (in article order) into paragraphs and blocks.
 *
 * @param text - the article's text (a line break in the gap between two sentences starts a paragraph).
 * @param sentences - the story's sentences, in article order.
 * @param options - see ArticleWindowOptions.
 * @throws {InvalidArgumentError} for invalid options (see resolveArticleWindow).
 */
export function articleBlocks(text: string, sentences: readonly Sentence[], options: Partial<ArticleWindowOptions> = {}): ArticleBlocks {
  const { blockSentences, eagerSentences } = resolveArticleWindow(options);
  const paragraphs: ArticleBlock[][] = [];
  const blocks: ArticleBlock[] = [];
  const blockOf = new Map<string, number>();
  let paragraph: ArticleBlock[] | null = null;
  let run: Sentence[] = [];
  let seen = 0;
  const close = () => {
    if (run.length === 0) return;
    const block: ArticleBlock = { index: blocks.length, sentences: run, chars: run.reduce((n, s) => n + s.text.length + 1, 0), eager: seen < eagerSentences };
    seen += run.length;
    for (const s of run) blockOf.set(s.id, block.index);
    blocks.push(block);
    paragraph!.push(block);
    run = [];
  };
  let lastEnd = 0;
  for (const s of sentences) {
    if (paragraph === null || text.slice(lastEnd, s.start).includes("\n")) {
      close();
      paragraph = [];
      paragraphs.push(paragraph);
    } else if (run.length >= blockSentences) close();
    run.push(s);
    lastEnd = s.end;
  }
  close();
  return { paragraphs, blocks, blockOf };
}

/**
 * The height (px) a block of `chars` characters is given before it is drawn: whole lines at
 * `pxPerChar` (measured on the blocks already drawn, or estimated from the pane's width).
 *
 * @param chars - the block's characters.
 * @param pxPerChar - height per character: line height ÷ characters per line.
 */
export function placeholderHeight(chars: number, pxPerChar: number): number {
  return Math.max(1, Math.round(chars * pxPerChar));
}
