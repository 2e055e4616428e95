import { describe, expect, it } from "vitest";
import { GexfParseError } from "../src/graph/gexf/errors.ts";
import { XmlTokenizer, type XmlAttributes, type XmlSink } from "../src/graph/gexf/tokenizer.ts";

/** Record the tokenizer's events as strings. */
function events(chunks: readonly string[]): string[] {
  const out: string[] = [];
  const sink: XmlSink = {
    start(uri: string, local: string, a: XmlAttributes) {
      out.push(`<{${uri}}${local} ${a.names.map((n, i) => `${n}=${JSON.stringify(a.values[i])}`).join(" ")}>`);
    },
    end(uri: string, local: string) {
      out.push(`</{${uri}}${local}>`);
    },
    text(data: string) {
      // merge adjacent text pieces: chunking may split text
      const last = out[out.length - 1];
      if (last?.startsWith("T:")) out[out.length - 1] = last + data;
      else out.push("T:" + data);
    },
  };
  const t = new XmlTokenizer(sink, "test");
  for (const c of chunks) t.write(c);
  t.end();
  return out;
}

function parseError(xml: string): GexfParseError {
  try {
    events([xml]);
  } catch (e) {
    if (e instanceof GexfParseError) return e;
    throw e;
  }
  throw new Error("expected a GexfParseError");
}

const DOC = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<?pi some data?>
<r xmlns="urn:a" xmlns:v="urn:v" a="1 &amp; &lt;2&gt; &#x41;&#66; &quot;q&quot; &apos;s&apos;" b='x&#10;y	z
w'>
  <v:c d="&#13;"/>
  <e>t &amp; <![CDATA[<raw> & ]]]]>x&#x1F600;</e>
  <f xmlns="">plain</f>
</r>
`;

describe("XmlTokenizer", () => {
  it("XmlTokenizer reports elements with namespaces, decoded and normalised attributes, text and CDATA", () => {
    const ev = events([DOC]).filter((e) => !/^T:\s*$/.test(e));
    expect(ev).toEqual([
      `<{urn:a}r a="1 & <2> AB \\"q\\" 's'" b="x\\ny z w">`,
      `<{urn:v}c d="\\r">`,
      `</{urn:v}c>`,
      `<{urn:a}e >`,
      "T:t & <raw> & ]]x😀",
      `</{urn:a}e>`,
      `<{}f >`,
      "T:plain",
      `</{}f>`,
      `</{urn:a}r>`,
    ]);
  });

  it("XmlTokenizer gives the same events whatever the chunking (one character at a time, pairs split)", () => {
    const whole = events([DOC]);
    expect(events([...DOC])).toEqual(whole);
    const utf16 = DOC.split("");
    expect(events(utf16)).toEqual(whole);
    for (const size of [2, 3, 7, 13]) {
      const parts: string[] = [];
      for (let i = 0; i < DOC.length; i += size) parts.push(DOC.slice(i, i + size));
      expect(events(parts)).toEqual(whole);
    }
  });

  it("XmlTokenizer normalises CRLF and CR in text to LF", () => {
    expect(events(["<r>a\r\nb\rc</r>"])).toContain("T:a\nb\nc");
  });

  it("XmlTokenizer refuses names of Object.prototype as entities (&constructor; is no reference)", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const err = parseError(`<r a="x&${name};"/>`);
      expect(err).toBeInstanceOf(GexfParseError);
      expect(err.column).toBe(8);
    }
  });
  it("XmlTokenizer decodes attribute values dense with references (JSON in an attribute) exactly", () => {
    const json = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ quote: `l'"${i}" & <b>`, n: i })));
    const escaped = json.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/'/g, "&apos;");
    const ev = events([`<r v="${escaped}"/>`]);
    expect(ev[0]).toBe(`<{}r v=${JSON.stringify(json)}>`);
  });
  it("XmlTokenizer decodes &quot; alone, never twice, and still checks the other references of the value", () => {
    expect(events([`<r v="[&quot;a&quot;,&quot;b&quot;]"/>`])[0]).toBe(`<{}r v=${JSON.stringify('["a","b"]')}>`);
    expect(events([`<r v="&amp;quot; &quot;"/>`])[0]).toBe(`<{}r v=${JSON.stringify('&quot; "')}>`);
    expect(events([`<r v="&quot;&lt;&#65;"/>`])[0]).toBe(`<{}r v=${JSON.stringify('"<A')}>`);
    expect(events([`<r v="&#xFEFF;a&#x1F600;&apos;&gt;"/>`])[0]).toBe(`<{}r v=${JSON.stringify("\uFEFFa😀'>")}>`);
    const err = parseError(`<r v="&quot;x & y"/>`);
    expect([err.line, err.column]).toEqual([1, 15]);
  });
  it("XmlTokenizer checks every attribute value of a tag for '<', '&' and white space, wherever the first one stands", () => {
    expect(events([`<r a="x" b="&amp;" c="1\t2" d="p\nq"/>`])[0]).toBe(`<{}r a="x" b="&" c="1 2" d="p q">`);
    expect(events([`<r a="x\r\ny" b="&lt;"/>`])[0]).toBe(`<{}r a="x y" b="<">`);
    const err = parseError(`<r a="x" b="y" c="z<"/>`);
    expect([err.line, err.column]).toEqual([1, 20]);
  });
  it("XmlTokenizer rejects malformed documents with GexfParseError, line and column", () => {
    const cases: [string, number, number][] = [
      ["<r><a></b></r>", 1, 7],
      ["<r>\n  <a>\n</r>", 3, 1],
      ["<r a=1/>", 1, 6],
      ['<r a="1" a="2"/>', 1, 10],
      ['<r a="<"/>', 1, 7],
      ["<r>&nbsp;</r>", 1, 4],
      ["<r>&#0;</r>", 1, 4],
      ["<r>&#xD800;</r>", 1, 4],
      ["<r>a & b</r>", 1, 6],
      ["<r>\u0001</r>", 1, 4],
      ["<r>\uD800x</r>", 1, 4],
      ["<r>]]></r>", 1, 4],
      ["<r><!-- a -- b --></r>", 1, 11],
      ["<!DOCTYPE r><r/>", 1, 1],
      ["<r/><s/>", 1, 5],
      ["<r/>text", 1, 5],
      ["text<r/>", 1, 1],
      ["<r>", 1, 4],
      ["<r", 1, 1],
      ["", 1, 1],
      ["<p:r/>", 1, 1],
      ['<r p:a="1"/>', 1, 1],
      ['<r a="1"b="2"/>', 1, 9],
      ["<r>\n<?xml version='1.0'?></r>", 2, 1],
      ["<?xml version='2.0'?><r/>", 1, 1],
      ["<1r/>", 1, 2],
      ["</r>", 1, 1],
    ];
    for (const [xml, line, column] of cases) {
      const e = parseError(xml);
      expect([xml, e.line, e.column]).toEqual([xml, line, column]);
    }
  });

  it("XmlTokenizer counts lines across chunks in error positions", () => {
    let err: unknown;
    try {
      events(["<r>\n", "<a>\n\n", "</b>"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GexfParseError);
    expect([(err as GexfParseError).line, (err as GexfParseError).column]).toEqual([4, 1]);
  });

  it("XmlTokenizer gives every parse error the file it was given, and no path", () => {
    const t = new XmlTokenizer({ start() {}, end() {}, text() {} }, "test", "doc.xml");
    let err: unknown;
    try {
      t.write("<r>\n <a></b>");
      t.end();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GexfParseError);
    expect(err).toMatchObject({ file: "doc.xml", path: "", line: 2, column: 5 });
  });
});

describe("XmlTokenizer.locate", () => {
  /** The line and column of every start tag, located as the sink sees it. */
  function places(chunks: readonly string[], last?: string): string[] {
    const out: string[] = [];
    let t: XmlTokenizer;
    const sink: XmlSink = {
      start(_uri: string, local: string) {
        const p = t.locate(t.tagOffset);
        out.push(`${local}@${p ? `${p.line}:${p.column}` : "?"}`);
      },
      end() {},
      text() {},
    };
    t = new XmlTokenizer(sink, "test");
    for (const c of chunks) t.write(c);
    t.end(last);
    return out;
  }
  const DOC2 = '<r>\n  <a x="1"/>\n\t<b>\n<c/></b>   <d/>\n</r>';
  it("XmlTokenizer.locate gives the line and column of each start tag as it is reported", () => {
    expect(places([DOC2])).toEqual(["r@1:1", "a@2:3", "b@3:2", "c@4:1", "d@4:12"]);
    expect(places([], DOC2)).toEqual(["r@1:1", "a@2:3", "b@3:2", "c@4:1", "d@4:12"]);
  });
  it("XmlTokenizer.locate gives the same places whatever the chunking, and counts from after a BOM", () => {
    expect(places([...DOC2])).toEqual(places([DOC2]));
    expect(places([DOC2.slice(0, 9), DOC2.slice(9, 20)], DOC2.slice(20))).toEqual(places([DOC2]));
    expect(places(["\uFEFF" + DOC2])).toEqual(places([DOC2]));
  });
  it("XmlTokenizer.locate places an earlier tag again while its text is buffered, and only then", () => {
    const seen: number[] = [];
    const t = new XmlTokenizer({ start: () => void seen.push(t.tagOffset), end() {}, text() {} }, "test");
    t.write("<r>\n<a/>\n");
    t.end("<b/>\n<c/></r>");
    const [r, a, b, c] = seen;
    expect(t.locate(c!)).toEqual({ line: 4, column: 1 });
    expect(t.locate(b!)).toEqual({ line: 3, column: 1 });
    // <r> and <a> stood in a chunk `write` consumed: their text is gone
    expect(t.locate(a!)).toBeUndefined();
    expect(t.locate(r!)).toBeUndefined();
    const whole: number[] = [];
    const u = new XmlTokenizer({ start: () => void whole.push(u.tagOffset), end() {}, text() {} }, "test");
    u.end("<r>\n<a/>\n<b/>\n<c/></r>");
    expect(whole.map((o) => u.locate(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});

describe("XmlTokenizer on hostile tags", () => {
  const NOOP: XmlSink = { start() {}, end() {}, text() {} };
  /** Seconds to tokenize `chunks` (the best of three runs, after one warm-up). */
  function seconds(chunks: readonly string[]): number {
    const run = (): void => {
      const t = new XmlTokenizer(NOOP, "test");
      for (const c of chunks) t.write(c);
      t.end();
    };
    run();
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      run();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }
  const N = 200_000;
  /** One tag of `n` attributes, and a document of `n` elements of about the same size. */
  const wideTag = (n: number): string => `<r ${Array.from({ length: n }, (_, i) => `a${i}="v"`).join(" ")}/>`;
  const manyTags = (n: number): string => `<r>${Array.from({ length: n }, (_, i) => `<n id="${i}"/>`).join("")}</r>`;
  const wideNs = (n: number): string => `<r ${Array.from({ length: n }, (_, i) => `xmlns:p${i}="urn:x${i}"`).join(" ")}/>`;

  it("XmlTokenizer reads a tag of 200,000 attributes in time proportional to a document of 200,000 elements", () => {
    const wide = wideTag(N);
    const many = manyTags(N);
    // per code unit, the one wide tag may cost a few times one small tag (generous bound: the
    // duplicate check by scan made it about 300 times)
    const ratio = seconds([wide]) / wide.length / (seconds([many]) / many.length);
    expect(ratio).toBeLessThan(8);
  });

  it("XmlTokenizer reads 50,000 namespace declarations on one tag in time proportional to 50,000 elements", () => {
    const wide = wideNs(50_000);
    const many = manyTags(50_000);
    const ratio = seconds([wide]) / wide.length / (seconds([many]) / many.length);
    expect(ratio).toBeLessThan(8);
  });

  it("XmlTokenizer reads one wide tag given in small chunks in time proportional to the whole tag at once", () => {
    const wide = wideTag(50_000);
    const chunks: string[] = [];
    for (let i = 0; i < wide.length; i += 512) chunks.push(wide.slice(i, i + 512));
    // scanning the incomplete tag again on every chunk was quadratic in the number of chunks
    expect(seconds(chunks) / seconds([wide])).toBeLessThan(5);
  });

  it("XmlTokenizer still finds a duplicate attribute among thousands, and a duplicate declaration", () => {
    const attrs = Array.from({ length: 5000 }, (_, i) => `a${i}="v"`);
    const e1 = parseError(`<r ${attrs.join(" ")} a4321="w"/>`);
    expect(e1.detail).toBe('attribute "a4321" appears twice');
    const decls = Array.from({ length: 5000 }, (_, i) => `xmlns:p${i}="urn:x"`);
    expect(parseError(`<r ${decls.join(" ")} xmlns:p17="urn:y"/>`).detail).toBe('attribute "xmlns:p17" appears twice');
    // the few before the set takes over are still compared
    expect(parseError(`<r a="1" b="2" a="3"/>`).detail).toBe('attribute "a" appears twice');
  });
});

describe("XmlTokenizer namespaces (Namespaces in XML 1.0)", () => {
  it("XmlTokenizer restores the outer binding of a prefix and of the default namespace when the inner element closes", () => {
    const ev = events([`<r xmlns="urn:a" xmlns:p="urn:p"><s xmlns="urn:b" xmlns:p="urn:q"><p:t/></s><p:u/><v/></r>`]);
    expect(ev).toEqual([`<{urn:a}r >`, `<{urn:b}s >`, `<{urn:q}t >`, `</{urn:q}t>`, `</{urn:b}s>`, `<{urn:p}u >`, `</{urn:p}u>`, `<{urn:a}v >`, `</{urn:a}v>`, `</{urn:a}r>`]);
  });

  it("XmlTokenizer accepts the xml prefix declared to its own namespace", () => {
    expect(events([`<r xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="fr"/>`])[0]).toBe(`<{}r xml:lang="fr">`);
  });

  it("XmlTokenizer refuses rebinding xml, declaring xmlns, binding their namespaces, and one attribute twice under two prefixes of one namespace", () => {
    const cases: [string, RegExp][] = [
      [`<r xmlns:xml="urn:other"/>`, /prefix "xml" is bound to/],
      [`<r xmlns:x="http://www.w3.org/XML/1998/namespace"/>`, /belongs to the prefix "xml" only/],
      [`<r xmlns="http://www.w3.org/XML/1998/namespace"/>`, /belongs to the prefix "xml" only/],
      [`<r xmlns:xmlns="urn:x"/>`, /prefix "xmlns" cannot be declared/],
      [`<r xmlns:x="http://www.w3.org/2000/xmlns/"/>`, /cannot be bound to a prefix/],
      [`<r xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2"/>`, /attribute "b:k" repeats another attribute of <r>/],
      [`<r a:b:c="1" xmlns:a="urn:a"/>`, /"a:b:c" is not a qualified name/],
      [`<:r/>`, /":r" is not a qualified name/],
      [`<r: />`, /"r:" is not a qualified name/],
      [`<xmlns:r xmlns:xmlns="urn:x"/>`, /prefix "xmlns" cannot be declared/],
    ];
    for (const [xml, re] of cases) expect([xml, parseError(xml).detail]).toEqual([xml, expect.stringMatching(re)]);
    // the same local name in two different namespaces, or once unprefixed, is allowed
    expect(events([`<r xmlns:a="urn:x" xmlns:b="urn:y" a:k="1" b:k="2" k="3"/>`])[0]).toBe(`<{}r a:k="1" b:k="2" k="3">`);
  });
});
