import { describe, expect, it } from "vitest";
import { XML_REPLACEMENT, escapeAttribute, escapeText, isXmlChar, xmlSafe } from "../src/graph/gexf/xml.ts";

describe("xmlSafe", () => {
  it("xmlSafe replaces each forbidden code point by U+FFFD and keeps the length", () => {
    const forbidden = ["\u0000", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF"];
    for (const ch of forbidden) {
      const out = xmlSafe(`a${ch}b`);
      expect(out).toBe(`a${XML_REPLACEMENT}b`);
    }
    expect(xmlSafe("\uDC00\uD800")).toBe("\uFFFD\uFFFD"); // low then high: both lone
  });
  it("xmlSafe keeps TAB, LF, CR, valid surrogate pairs and ordinary text", () => {
    const ok = "a\tb\nc\rd 😀 é ’ \uFFFD \u0085 \u2028";
    expect(xmlSafe(ok)).toBe(ok);
  });
});

describe("isXmlChar", () => {
  it("isXmlChar follows the XML 1.0 Char production", () => {
    expect([0x9, 0xa, 0xd, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff].every(isXmlChar)).toBe(true);
    expect([0x0, 0x8, 0xb, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000].some(isXmlChar)).toBe(false);
  });
});

describe("escapeAttribute", () => {
  it("escapeAttribute escapes markup and writes TAB/LF/CR as character references", () => {
    expect(escapeAttribute(`a&b<c>d"e'f\tg\nh\ri`)).toBe("a&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i");
  });
  it("escapeAttribute applies the replacement rule before escaping", () => {
    expect(escapeAttribute("\u0001&")).toBe("\uFFFD&amp;");
  });
});

describe("escapeText", () => {
  it("escapeText escapes &, <, > (so ]]> is safe) and CR, keeps LF, TAB and quotes", () => {
    expect(escapeText(`]]> & <x> "q" 'a'\n\t\r`)).toBe(`]]&gt; &amp; &lt;x&gt; "q" 'a'\n\t&#13;`);
  });
  it("escapeText applies the replacement rule", () => {
    expect(escapeText("a\uD800")).toBe("a\uFFFD");
  });
});
