/**
 * `GexfGraphBuilder`: the tokenizer's sink that turns GEXF 1.1/1.2/1.3 events into an
 * `UntypedGraph`, checking the GEXF rules a reader depends on (root in a known namespace and
 * version, node ids present and unique, declared attributes, values of their declared types,
 * edges between declared nodes). Keeps no DOM: only the graph it builds and a small context stack.
 *
 * Leniency, like Gephi: `viz:*` elements are read in any namespace (graphology-gexf writes
 * GEXF 1.2 with a wrong viz namespace); unknown elements are skipped with their content; nested
 * nodes (hierarchy) are flattened with their `parent`. Dynamic attribute values (several
 * `attvalue` for one attribute with `start`/`end`) keep the last one.
 *
 * Locations: attached to the tokenizer (`attach`), every error the builder throws carries the
 * line and column of the offending element's start tag (an edge whose end is not declared yet
 * when it is read is located then, and checked again at the end). It also keeps the offset of
 * every node's and edge's start tag (one number each), so that `nodePlace`/`edgePlace` can locate
 * an element a later check rejects, while the tokenizer still holds its text.
 */
import { parseHexColor } from "./color.ts";
import type { ProblemPlace } from "../errors.ts";
import { GexfDanglingEdgeError, GexfDuplicateIdError, GexfFormatError, GexfVersionError } from "./errors.ts";
import { GEXF_NAMESPACES, GEXF_VERSIONS, decodeList } from "./format.ts";
import type { XmlAttributes, XmlPosition, XmlSink } from "./tokenizer.ts";
import type { GexfAttributeDeclaration, GexfColor, GexfMeta, GexfSpell, GexfValue, UntypedEdge, UntypedGraph, UntypedNode } from "./untyped.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type EdgeType = UntypedEdge["type"];

const enum Ctx {
  Outside,
  Gexf,
  Meta,
  MetaField,
  Graph,
  Attributes,
  Attribute,
  AttributeText,
  Nodes,
  Node,
  Edges,
  Edge,
  AttValues,
  Spells,
  Skip,
}

const EDGE_TYPES: readonly string[] = ["directed", "undirected", "mutual"];
const INTEGER_TYPES = new Set(["integer", "long", "short", "byte", "biginteger"]);
const REAL_TYPES = new Set(["double", "float", "bigdecimal"]);
const INTEGER_RE = /^\s*[+-]?\d+\s*$/;
const REAL_RE = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Set `obj[key] = value` even when `key` is `__proto__`. */
function setKey(obj: Record<string, GexfValue>, key: string, value: GexfValue): void {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * Something the reader read leniently, or a value it replaced by a safe one: where (`path`,
 * `line`, `column`, `file`, as errors have them) and what (`detail`; `message` is
 * `fromGexf: path: detail`).
 */
export interface GexfWarning {
  readonly path: string;
  readonly detail: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
}

/** Where the builder learns the position of the tag being read (the tokenizer). */
export interface XmlLocator {
  readonly tagOffset: number;
  locate(offset: number): XmlPosition | undefined;
}

export class GexfGraphBuilder implements XmlSink {
  private readonly ctx: Ctx[] = [Ctx.Outside];
  private gexfNs = "";
  private version = "";
  private readonly meta: Mutable<GexfMeta> = {};
  private metaField: "creator" | "keywords" | "description" | null = null;
  private buffer = "";
  private sawGraph = false;
  private defaultEdgeType: EdgeType = "undirected";
  private mode = "static";
  private timeFormat: string | undefined;
  private attrClass: "node" | "edge" | null = null;
  private readonly declarations = { node: new Map<string, GexfAttributeDeclaration>(), edge: new Map<string, GexfAttributeDeclaration>() };
  private decl: Mutable<GexfAttributeDeclaration> | null = null;
  private readonly withDefault: { node?: GexfAttributeDeclaration[] | undefined; edge?: GexfAttributeDeclaration[] | undefined } = {};
  private declText: "default" | "options" | null = null;
  private readonly nodes: UntypedNode[] = [];
  private readonly edges: Mutable<UntypedEdge>[] = [];
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();
  /** Nodes being read (nested nodes stack up). */
  private readonly openNodes: Mutable<UntypedNode>[] = [];
  private edge: Mutable<UntypedEdge> | null = null;
  /** The element whose attvalues/spells are being read (its location is only built for a message). */
  private owner: Mutable<UntypedNode> | Mutable<UntypedEdge> | null = null;
  private ownerIsNode = false;
  /** The spells being read. */
  private spells: GexfSpell[] | null = null;
  private locator: XmlLocator | null = null;
  /** Offsets of the start tags of `nodes` and `edges` (same order), of the nodes being read, of the edge being read, of `<keywords>`. */
  private readonly nodeOffsets: number[] = [];
  private readonly edgeOffsets: number[] = [];
  private readonly openNodeOffsets: number[] = [];
  private edgeAt = -1;
  private keywordsAt = -1;
  /** Edges read before one of their ends was declared (checked again by `result`), with their place. */
  private readonly unresolved: { edge: UntypedEdge; place: ProblemPlace }[] = [];

  /**
   * @param fn - the function name that starts error messages.
   * @param file - the file name every error carries, when known.
   */
  constructor(
    private readonly fn: string,
    private readonly file?: string,
    private readonly onWarning?: (warning: GexfWarning) => void,
  ) {}

  /** Report a warning located at the tag being read. */
  private warn(path: string, detail: string): void {
    if (!this.onWarning) return;
    const place = this.here();
    const w: { -readonly [K in keyof GexfWarning]: GexfWarning[K] } = { path, detail, message: `${this.fn}: ${path}: ${detail}` };
    if (place.line !== undefined) w.line = place.line;
    if (place.column !== undefined) w.column = place.column;
    if (place.file !== undefined) w.file = place.file;
    this.onWarning(w);
  }

  /** Read tag positions from `locator` (the tokenizer feeding this builder). */
  attach(locator: XmlLocator): void {
    this.locator = locator;
  }

  /** The place of the start tag at absolute offset `offset` (`-1`: unknown): line and column when the locator still holds its text, and the file. */
  placeAt(offset: number): ProblemPlace {
    const p = offset >= 0 ? this.locator?.locate(offset) : undefined;
    return p ? { line: p.line, column: p.column, file: this.file } : { file: this.file };
  }

  /** The place of the tag being read. */
  private here(): ProblemPlace {
    return this.placeAt(this.locator ? this.locator.tagOffset : -1);
  }

  /** The place of the `i`-th node of the result (see `placeAt`). */
  nodePlace(i: number): ProblemPlace {
    return this.placeAt(this.nodeOffsets[i] ?? -1);
  }

  /** The place of the `i`-th edge of the result (see `placeAt`). */
  edgePlace(i: number): ProblemPlace {
    return this.placeAt(this.edgeOffsets[i] ?? -1);
  }

  /** The place of `<meta><keywords>` (see `placeAt`). */
  keywordsPlace(): ProblemPlace {
    return this.placeAt(this.keywordsAt);
  }

  /** Throw a `GexfFormatError` located at the tag being read. */
  private fail(where: string, detail: string): never {
    throw new GexfFormatError(this.fn, where, detail, this.here());
  }

  /** The offset of the tag being read (`-1` without a locator). */
  private tagOffset(): number {
    return this.locator ? this.locator.tagOffset : -1;
  }

  start(uri: string, local: string, a: XmlAttributes): void {
    const top = this.ctx[this.ctx.length - 1]!;
    const inGexf = uri === this.gexfNs;
    let next = Ctx.Skip;
    switch (top) {
      case Ctx.Outside:
        this.root(uri, local, a);
        next = Ctx.Gexf;
        break;
      case Ctx.Gexf:
        if (inGexf && local === "meta") {
          const d = a.get("lastmodifieddate");
          if (d !== undefined) this.meta.lastModified = d;
          next = Ctx.Meta;
        } else if (inGexf && local === "graph") {
          this.graph(a);
          next = Ctx.Graph;
        }
        break;
      case Ctx.Meta:
        if (inGexf && (local === "creator" || local === "keywords" || local === "description")) {
          if (local === "keywords") this.keywordsAt = this.tagOffset();
          this.metaField = local;
          this.buffer = "";
          next = Ctx.MetaField;
        }
        break;
      case Ctx.Graph:
        if (!inGexf) break;
        if (local === "attributes") {
          const cls = a.get("class");
          if (cls !== "node" && cls !== "edge") this.fail("graph", `<attributes> class must be "node" or "edge", got "${cls ?? ""}"`);
          this.attrClass = cls;
          next = Ctx.Attributes;
        } else if (local === "nodes") next = Ctx.Nodes;
        else if (local === "edges") next = Ctx.Edges;
        break;
      case Ctx.Attributes:
        if (inGexf && local === "attribute") {
          this.declaration(a);
          next = Ctx.Attribute;
        }
        break;
      case Ctx.Attribute:
        if (inGexf && (local === "default" || local === "options")) {
          this.declText = local;
          this.buffer = "";
          next = Ctx.AttributeText;
        }
        break;
      case Ctx.Nodes:
        if (inGexf && local === "node") {
          this.openNode(a);
          next = Ctx.Node;
        }
        break;
      case Ctx.Edges:
        if (inGexf && local === "edge") {
          this.openEdge(a);
          next = Ctx.Edge;
        }
        break;
      case Ctx.Node:
      case Ctx.Edge: {
        const isNode = top === Ctx.Node;
        const el = isNode ? this.openNodes[this.openNodes.length - 1]! : this.edge!;
        if (inGexf && local === "attvalues") {
          this.owner = el;
          this.ownerIsNode = isNode;
          next = Ctx.AttValues;
        } else if (inGexf && local === "attvalue") {
          // outside <attvalues> (Gephi's own slice.gexf writes them so; Gephi reads them): read, with a warning
          this.owner = el;
          this.ownerIsNode = isNode;
          this.attvalue(a);
          this.warn(this.ownerWhere(), `<attvalue for="${a.get("for") ?? a.get("id") ?? ""}"> stands directly in <${isNode ? "node" : "edge"}>, not in <attvalues>: read as if it were`);
          this.owner = null;
        } else if (inGexf && local === "spells") {
          const spells: GexfSpell[] = [];
          el.spells = spells;
          this.spells = spells;
          next = Ctx.Spells;
        } else if (inGexf && isNode && local === "nodes") next = Ctx.Nodes;
        else if (inGexf && isNode && local === "edges") next = Ctx.Edges;
        else if (!inGexf || local === "color" || local === "size" || local === "position" || local === "thickness" || local === "shape") {
          this.viz(el, isNode, local, a, isNode ? `node "${el.id}"` : `edge "${el.id}"`);
        }
        break;
      }
      case Ctx.AttValues:
        if (inGexf && local === "attvalue") this.attvalue(a);
        break;
      case Ctx.Spells:
        if (inGexf && local === "spell") {
          const start = a.get("start");
          const end = a.get("end");
          const spell: Mutable<GexfSpell> = {};
          if (start !== undefined) spell.start = start;
          if (end !== undefined) spell.end = end;
          this.spells!.push(spell);
        }
        break;
      default:
        break;
    }
    this.ctx.push(next);
  }

  end(): void {
    const top = this.ctx.pop()!;
    switch (top) {
      case Ctx.MetaField:
        this.meta[this.metaField!] = this.buffer;
        this.metaField = null;
        break;
      case Ctx.AttributeText: {
        const decl = this.decl!;
        if (this.declText === "default") decl.default = this.parseValue(decl.type, this.buffer, `default of ${this.attrClass} attribute "${decl.id}"`, false);
        this.declText = null;
        break;
      }
      case Ctx.Attribute: {
        const decl = this.decl!;
        const map = this.declarations[this.attrClass!];
        map.set(decl.id, decl);
        this.withDefault[this.attrClass!] = undefined;
        this.decl = null;
        break;
      }
      case Ctx.Node:
        this.closeNode();
        break;
      case Ctx.Edge:
        this.edges.push(this.edge!);
        this.edgeOffsets.push(this.edgeAt);
        this.edge = null;
        break;
      case Ctx.AttValues:
        this.owner = null;
        break;
      case Ctx.Spells:
        this.spells = null;
        break;
      default:
        break;
    }
  }

  text(data: string): void {
    const top = this.ctx[this.ctx.length - 1];
    if (top === Ctx.MetaField || top === Ctx.AttributeText) this.buffer += data;
  }

  private root(uri: string, local: string, a: XmlAttributes): void {
    const version = a.get("version");
    if (local !== "gexf") throw new GexfVersionError(this.fn, uri, version, `the root element is <${local}>, not <gexf>`, this.here());
    const nsVersion = GEXF_NAMESPACES.get(uri);
    if (nsVersion === undefined) {
      throw new GexfVersionError(this.fn, uri, version, `unknown GEXF namespace "${uri}" (known: ${[...GEXF_NAMESPACES.keys()].join(", ")})`, this.here());
    }
    if (version !== undefined && !GEXF_VERSIONS.includes(version)) {
      throw new GexfVersionError(this.fn, uri, version, `unknown GEXF version "${version}" (known: ${GEXF_VERSIONS.join(", ")})`, this.here());
    }
    this.gexfNs = uri;
    this.version = nsVersion;
  }

  private graph(a: XmlAttributes): void {
    if (this.sawGraph) this.fail("graph", "a GEXF file holds one <graph>");
    this.sawGraph = true;
    const t = a.get("defaultedgetype");
    if (t !== undefined) {
      if (!EDGE_TYPES.includes(t)) this.fail("graph", `defaultedgetype must be directed, undirected or mutual, got "${t}"`);
      this.defaultEdgeType = t as EdgeType;
    }
    this.mode = a.get("mode") ?? "static";
    this.timeFormat = a.get("timeformat");
  }

  private declaration(a: XmlAttributes): void {
    const id = a.get("id");
    if (id === undefined) this.fail(`${this.attrClass} attributes`, "an <attribute> has no id");
    if (this.declarations[this.attrClass!].has(id)) throw new GexfDuplicateIdError(this.fn, "attribute", id, this.here(), this.attrClass!);
    this.decl = { id, title: a.get("title") ?? id, type: a.get("type") ?? "string" };
  }

  private openNode(a: XmlAttributes): void {
    const id = a.get("id");
    if (id === undefined) this.fail(`node #${this.nodes.length + this.openNodes.length + 1}`, "a node has no id");
    if (this.nodeIds.has(id)) throw new GexfDuplicateIdError(this.fn, "node", id, this.here());
    this.nodeIds.add(id);
    this.openNodeOffsets.push(this.tagOffset());
    const parent = a.get("pid") ?? this.openNodes[this.openNodes.length - 1]?.id;
    const node: Mutable<UntypedNode> = { id, label: a.get("label") ?? id, attributes: {} };
    const start = a.get("start");
    const end = a.get("end");
    if (start !== undefined) node.start = start;
    if (end !== undefined) node.end = end;
    if (parent !== undefined) node.parent = parent;
    this.openNodes.push(node);
  }

  private closeNode(): void {
    const node = this.openNodes.pop()!;
    this.applyDefaults(node.attributes as Record<string, GexfValue>, "node");
    this.nodes.push(node);
    this.nodeOffsets.push(this.openNodeOffsets.pop()!);
  }

  /** Where an edge is, for messages: its id, else its position. */
  private edgeWhere(rawId: string | undefined): string {
    return rawId !== undefined ? `edge "${rawId}"` : `edge #${this.edges.length + 1}`;
  }

  private openEdge(a: XmlAttributes): void {
    // one pass over the attributes (this runs once per edge)
    let rawId: string | undefined;
    let source: string | undefined;
    let target: string | undefined;
    let type: string | undefined;
    let label: string | undefined;
    let kind: string | undefined;
    let weight: string | undefined;
    let start: string | undefined;
    let end: string | undefined;
    const names = a.names;
    const values = a.values;
    for (let i = 0; i < names.length; i++) {
      const v = values[i]!;
      switch (names[i]) {
        case "id":
          rawId = v;
          break;
        case "source":
          source = v;
          break;
        case "target":
          target = v;
          break;
        case "type":
          type = v;
          break;
        case "label":
          label = v;
          break;
        case "kind":
          kind = v;
          break;
        case "weight":
          weight = v;
          break;
        case "start":
          start = v;
          break;
        case "end":
          end = v;
          break;
      }
    }
    if (source === undefined) this.fail(this.edgeWhere(rawId), "the edge has no source");
    if (target === undefined) this.fail(this.edgeWhere(rawId), "the edge has no target");
    if (rawId !== undefined) {
      const ids = this.edgeIds;
      const size = ids.size;
      ids.add(rawId);
      if (ids.size === size) throw new GexfDuplicateIdError(this.fn, "edge", rawId, this.here());
    }
    type ??= this.defaultEdgeType;
    if (type !== "directed" && type !== "undirected" && type !== "mutual") this.fail(this.edgeWhere(rawId), `type must be directed, undirected or mutual, got "${type}"`);
    let edge: Mutable<UntypedEdge>;
    if (label !== undefined && kind !== undefined && weight === undefined && start !== undefined && end !== undefined) {
      // the usual edge of a dated export, in one literal (same keys, same order as below): adding
      // four keys one by one grew its property store three times
      edge = { id: rawId ?? "", source, target, type, attributes: {}, label, kind, start, end };
    } else {
      edge = { id: rawId ?? "", source, target, type, attributes: {} };
      if (label !== undefined) edge.label = label;
      if (kind !== undefined) edge.kind = kind;
      if (weight !== undefined) edge.weight = this.real(weight, `weight of ${this.edgeWhere(rawId)}`);
      if (start !== undefined) edge.start = start;
      if (end !== undefined) edge.end = end;
    }
    this.edge = edge;
    this.edgeAt = this.tagOffset();
    // ends are usually declared before (nodes come first); an edge nested in a node may name a later one
    if (!this.nodeIds.has(source) || !this.nodeIds.has(target)) this.unresolved.push({ edge, place: this.here() });
  }

  private attvalue(a: XmlAttributes): void {
    const owner = this.owner!;
    let key: string | undefined;
    let id: string | undefined;
    let raw: string | undefined;
    const names = a.names;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === "for") key = a.values[i];
      else if (name === "value") raw = a.values[i];
      else if (name === "id") id = a.values[i];
    }
    key ??= id;
    const cls = this.ownerIsNode ? "node" : "edge";
    if (key === undefined) this.fail(this.ownerWhere(), "an <attvalue> has no 'for'");
    const decl = this.declarations[cls].get(key);
    if (!decl) this.fail(this.ownerWhere(), `<attvalue for="${key}"> names no declared ${cls} attribute`);
    if (raw === undefined) this.fail(this.ownerWhere(), `<attvalue for="${key}"> has no value`);
    if (decl.type !== "string" && !decl.type.startsWith("list") && raw.trim() === "null") {
      // graphology and Gephi write a missing value as "null": no value, rather than a refusal
      this.warn(this.valueAt(decl.title, true), `"null" is not a ${decl.type}: read as no value`);
      return;
    }
    setKey(owner.attributes as Record<string, GexfValue>, decl.title, decl.type === "string" ? raw : this.parseValue(decl.type, raw, decl.title, true));
  }

  /** Where the element whose attvalues are read is, for messages. */
  private ownerWhere(): string {
    return `${this.ownerIsNode ? "node" : "edge"} "${this.owner!.id}"`;
  }

  private applyDefaults(attributes: Record<string, GexfValue>, cls: "node" | "edge"): void {
    // the declarations with a default, listed once per class (declarations come before the
    // elements; the list is dropped whenever one is added)
    const withDefault = (this.withDefault[cls] ??= [...this.declarations[cls].values()].filter((d) => d.default !== undefined));
    for (let i = 0; i < withDefault.length; i++) {
      const decl = withDefault[i]!;
      if (!Object.prototype.hasOwnProperty.call(attributes, decl.title)) setKey(attributes, decl.title, decl.default!);
    }
  }

  /** For messages: where a value stands. `where` is a location, or with `own` the title of an attvalue of the element being read. */
  private valueAt(where: string, own: boolean): string {
    return own ? `attribute "${where}" of ${this.ownerWhere()}` : where;
  }

  private real(raw: string, where: string, own = false): number {
    const v = raw.trim();
    if (v === "INF" || v === "+INF") return Infinity;
    if (v === "-INF") return -Infinity;
    if (v === "NaN") return NaN;
    if (!REAL_RE.test(v)) this.fail(this.valueAt(where, own), `"${raw}" is not a number`);
    return Number(v);
  }

  private parseScalar(type: string, raw: string, where: string, own: boolean): string | number | boolean {
    if (type === "boolean") {
      if (raw === "true") return true;
      if (raw === "false") return false;
      const v = raw.trim().toLowerCase();
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      return this.fail(this.valueAt(where, own), `"${raw}" is not a boolean`);
    }
    if (REAL_TYPES.has(type)) return this.real(raw, where, own);
    if (INTEGER_TYPES.has(type)) {
      if (!INTEGER_RE.test(raw)) this.fail(this.valueAt(where, own), `"${raw}" is not an integer`);
      const n = Number(raw);
      // beyond 2^53 a double loses digits (9223372036854775807 read as …5808): kept exactly as
      // its decimal string, which JSON, the viewer and structured clone all carry (a BigInt breaks JSON.stringify)
      return Number.isSafeInteger(n) ? n : BigInt(raw.trim()).toString();
    }
    return raw;
  }

  /**
   * The typed value of an attribute. `where` names it for messages: a location, or with `own`
   * the title of an attvalue of the element being read (whose location is then built only for a
   * message: this runs for every attvalue).
   */
  private parseValue(type: string, raw: string, where: string, own: boolean): GexfValue {
    if (type.startsWith("list")) {
      const sub = type.slice(4);
      const items: (string | number | boolean)[] = decodeList(raw);
      for (let i = 0; i < items.length; i++) items[i] = this.parseScalar(sub, items[i] as string, where, own);
      return items;
    }
    return this.parseScalar(type, raw, where, own);
  }

  private viz(el: Mutable<UntypedNode> | Mutable<UntypedEdge>, isNode: boolean, local: string, a: XmlAttributes, where: string): void {
    const at = `${local} of ${where}`;
    if (local === "color") {
      el.color = this.color(a, at);
    } else if (local === "shape") {
      const v = a.get("value") ?? a.get("shape");
      if (v !== undefined) el.shape = v;
    } else if (isNode && local === "size") {
      const v = this.positive(this.vizNumber(a, "value", at), at);
      if (v !== undefined) (el as Mutable<UntypedNode>).size = v;
    } else if (isNode && local === "position") {
      const x = this.finite(this.vizNumber(a, "x", at) ?? 0, `x of ${at}`);
      const y = this.finite(this.vizNumber(a, "y", at) ?? 0, `y of ${at}`);
      const z = this.vizNumber(a, "z", at);
      (el as Mutable<UntypedNode>).position = z === undefined ? { x, y } : { x, y, z: this.finite(z, `z of ${at}`) };
    } else if (!isNode && local === "thickness") {
      const v = this.positive(this.vizNumber(a, "value", at), at);
      if (v !== undefined) (el as Mutable<UntypedEdge>).thickness = v;
    }
  }

  /** `v`, or 0 with a warning when it is not finite (a position of Infinity or NaN would break any layout). */
  private finite(v: number, at: string): number {
    if (Number.isFinite(v)) return v;
    this.warn(at, `${v} is not a finite coordinate: read as 0`);
    return 0;
  }

  /** `v`, or no value (the reader's default size) with a warning when it is not a finite number > 0. */
  private positive(v: number | undefined, at: string): number | undefined {
    if (v === undefined || (Number.isFinite(v) && v > 0)) return v;
    this.warn(at, `${v} is not a positive size: left out (the default size applies)`);
    return undefined;
  }

  private vizNumber(a: XmlAttributes, name: string, at: string): number | undefined {
    const v = a.get(name);
    return v === undefined ? undefined : this.real(v, `${name} of ${at}`);
  }

  private color(a: XmlAttributes, at: string): GexfColor {
    const alpha = a.get("a");
    const aa = alpha === undefined ? undefined : this.real(alpha, `a of ${at}`);
    const hex = a.get("hex");
    let r: number, g: number, b: number;
    if (hex !== undefined) {
      const c = parseHexColor(hex);
      if (!c) return this.fail(at, `hex="${hex}" is not a #rgb or #rrggbb colour`);
      ({ r, g, b } = c);
    } else {
      const channel = (name: string): number => {
        const v = a.get(name) ?? "0";
        if (!/^\s*\d{1,3}\s*$/.test(v) || Number(v) > 255) this.fail(at, `${name}="${v}" is not an integer from 0 to 255`);
        return Number(v);
      };
      r = channel("r");
      g = channel("g");
      b = channel("b");
    }
    if (aa === undefined) return { r, g, b };
    if (aa >= 0 && aa <= 1) return { r, g, b, a: aa };
    const safe = Number.isNaN(aa) ? 1 : Math.min(1, Math.max(0, aa));
    this.warn(`a of ${at}`, `alpha ${aa} is outside 0–1: read as ${safe}`);
    return { r, g, b, a: safe };
  }

  /**
   * The graph read so far, checked: a `<graph>` was present, every edge joins declared nodes;
   * edges without id get `e0`, `e1`, … (skipping ids the file uses).
   *
   * @throws {GexfFormatError} when the file has no `<graph>`.
   * @throws {GexfDanglingEdgeError} for an edge whose source or target is not a node.
   */
  result(): UntypedGraph {
    if (!this.sawGraph) throw new GexfFormatError(this.fn, "", "the file has no <graph>", { file: this.file });
    let next = 0;
    for (const e of this.edges) {
      if (e.id === "") {
        while (this.edgeIds.has(`e${next}`)) next++;
        e.id = `e${next++}`;
      }
      this.applyDefaults(e.attributes as Record<string, GexfValue>, "edge");
    }
    for (const { edge: e, place } of this.unresolved) {
      if (!this.nodeIds.has(e.source)) throw new GexfDanglingEdgeError(this.fn, e.id, "source", e.source, place);
      if (!this.nodeIds.has(e.target)) throw new GexfDanglingEdgeError(this.fn, e.id, "target", e.target, place);
    }
    return {
      version: this.version,
      meta: this.meta,
      defaultEdgeType: this.defaultEdgeType,
      mode: this.mode,
      ...(this.timeFormat !== undefined && { timeFormat: this.timeFormat }),
      nodeAttributes: [...this.declarations.node.values()],
      edgeAttributes: [...this.declarations.edge.values()],
      nodes: this.nodes,
      edges: this.edges,
    };
  }
}
