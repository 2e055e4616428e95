/**
 * The untyped graph: what `fromGexf` returns for any GEXF file, as plain data (no graphology, no
 * DOM), so that the viewer can show a graph that does not come from storygraph. Values keep the
 * types their GEXF attribute declarations give them.
 */

/**
 * A typed GEXF attribute value: numbers for numeric types, booleans, lists for `list*` types. An
 * integer (`integer`, `long`, `biginteger`, …) beyond ±(2^53 − 1), which a number cannot hold
 * exactly, is its decimal string (`"9223372036854775807"`), as networkx keeps it exact.
 */
export type GexfValue = string | number | boolean | readonly (string | number | boolean)[];

/** An attribute declaration of the file (`<attribute id title type>`). */
export interface GexfAttributeDeclaration {
  readonly id: string;
  readonly title: string;
  /** The GEXF type as written (`string`, `double`, `liststring`, …). */
  readonly type: string;
  readonly default?: GexfValue;
}

/** A `viz:color`: channels 0–255, alpha 0–1 when given. */
export interface GexfColor {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a?: number;
}

/** A time interval of GEXF dynamics (`start`/`end` as written, per the graph's `timeformat`). */
export interface GexfSpell {
  readonly start?: string;
  readonly end?: string;
}

/** A node of a GEXF file that is not a storygraph export: its id, label, attributes and viz values as the file gives them. */
export interface UntypedNode {
  readonly id: string;
  /** The node's label, or its id when the file gives none. */
  readonly label: string;
  /** Attribute values keyed by attribute title (declared defaults applied). */
  readonly attributes: Readonly<Record<string, GexfValue>>;
  readonly color?: GexfColor;
  readonly position?: { readonly x: number; readonly y: number; readonly z?: number };
  readonly size?: number;
  readonly shape?: string;
  readonly start?: string;
  readonly end?: string;
  readonly spells?: readonly GexfSpell[];
  /** Parent node id (GEXF hierarchy: `pid` or a node nested in another). */
  readonly parent?: string;
}

/** An edge of a GEXF file that is not a storygraph export: its ends, kind, weight, label and attributes as the file gives them. */
export interface UntypedEdge {
  /** The edge's id, or a generated one (`e0`, `e1`, … not used by the file) when it has none. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** `directed`, `undirected` or `mutual`: the edge's `type`, else the graph's `defaultedgetype`. */
  readonly type: "directed" | "undirected" | "mutual";
  readonly label?: string;
  /** GEXF 1.3 edge `kind` (Gephi's edge type). */
  readonly kind?: string;
  readonly weight?: number;
  readonly attributes: Readonly<Record<string, GexfValue>>;
  readonly color?: GexfColor;
  readonly thickness?: number;
  readonly shape?: string;
  readonly start?: string;
  readonly end?: string;
  readonly spells?: readonly GexfSpell[];
}

/** The `<meta>` of a GEXF file. */
export interface GexfMeta {
  readonly creator?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly lastModified?: string;
}

/** Any GEXF graph, as plain data. */
export interface UntypedGraph {
  /** GEXF version of the file (`1.0`, `1.1`, `1.2` or `1.3`, from its namespace). */
  readonly version: string;
  readonly meta: GexfMeta;
  readonly defaultEdgeType: "directed" | "undirected" | "mutual";
  /** `static` or `dynamic` (or `slice`, GEXF 1.1). */
  readonly mode: string;
  readonly timeFormat?: string;
  readonly nodeAttributes: readonly GexfAttributeDeclaration[];
  readonly edgeAttributes: readonly GexfAttributeDeclaration[];
  readonly nodes: readonly UntypedNode[];
  readonly edges: readonly UntypedEdge[];
}
