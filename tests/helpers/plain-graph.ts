// A small plain GEXF graph (no article) for the viewer's Node tests: three nodes, two edges, one attribute, file positions on one node.
import { fromGexf } from "../../src/graph/gexf/index.ts";
import type { UntypedGraph } from "../../src/graph/gexf/untyped.ts";

export const PLAIN_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><description>Three parliaments</description></meta>
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="country" type="string"/></attributes>
    <nodes>
      <node id="a" label="Élysée"><attvalues><attvalue for="0" value="FR"/></attvalues><viz:color r="200" g="0" b="0"/><viz:position x="10" y="20"/></node>
      <node id="b" label="Bundestag"><attvalues><attvalue for="0" value="DE"/></attvalues></node>
      <node id="c" label="Lonely"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="talks to" weight="2"/>
      <edge id="e2" source="b" target="a" type="undirected"/>
    </edges>
  </graph>
</gexf>`;

/** A fresh parse of PLAIN_XML. */
export function plainGraph(xml = PLAIN_XML): UntypedGraph {
  const g = fromGexf(xml);
  if (g.kind !== "graph") throw new Error("expected a plain graph");
  return g.graph;
}
