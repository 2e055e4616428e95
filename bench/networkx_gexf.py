"""networkx side of the GEXF benchmark: time and peak memory of write_gexf / read_gexf.

python3 bench/networkx_gexf.py write GRAPH_JSON OUT_GEXF RUNS
python3 bench/networkx_gexf.py read GEXF RUNS

`write` first builds a MultiDiGraph from the plain graph JSON (the same nodes, edges and attribute
values our GEXF carries, untimed), then times write_gexf. Peak memory is measured like the Node
children: collect garbage, reset the kernel's peak-RSS counter (/proc/self/clear_refs <- 5), note
the resident size, run, then peak = ru_maxrss - that size. Prints one `BENCH-RESULT {json}` line.
"""
import gc
import json
import os
import resource
import sys
import time

import networkx as nx


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def measure(op):
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    base = rss_bytes()
    t0 = time.perf_counter()
    result = op()
    ms = (time.perf_counter() - t0) * 1000
    peak = max(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - base)
    del result
    return {"ms": ms, "peakBytes": peak}


def build(path):
    with open(path) as f:
        data = json.load(f)
    G = nx.MultiDiGraph()
    for n in data["nodes"]:
        attrs = {"label": n["label"], **n["attributes"]}
        for k, v in list(attrs.items()):
            if isinstance(v, list):
                attrs[k] = json.dumps(v)  # networkx writes no list types
        viz = {}
        if n.get("color"):
            viz["color"] = {"r": n["color"]["r"], "g": n["color"]["g"], "b": n["color"]["b"], "a": 1.0}
        if n.get("size") is not None:
            viz["size"] = n["size"]
        if viz:
            attrs["viz"] = viz
        G.add_node(n["id"], **attrs)
    for e in data["edges"]:
        attrs = {k: v for k, v in e["attributes"].items()}
        if e.get("label") is not None:
            attrs["label"] = e["label"]
        if e.get("start") is not None:
            attrs["start"] = e["start"]
        if e.get("end") is not None:
            attrs["end"] = e["end"]
        G.add_edge(e["source"], e["target"], key=e["id"], id=e["id"], **attrs)
    G.graph["mode"] = "dynamic"
    return G


def main():
    mode = sys.argv[1]
    samples = []
    if mode == "write":
        G = build(sys.argv[2])
        out = sys.argv[3]
        runs = int(sys.argv[4])
        for _ in range(runs):
            samples.append(measure(lambda: nx.write_gexf(G, out)))
        facts = {"bytes": os.path.getsize(out), "edges": G.number_of_edges()}
    elif mode == "read":
        path = sys.argv[2]
        runs = int(sys.argv[3])
        edges = 0
        for _ in range(runs):
            holder = {}

            def op():
                holder["g"] = nx.read_gexf(path)
                return holder["g"]

            samples.append(measure(op))
            edges = holder["g"].number_of_edges()
            holder.clear()
        facts = {"bytes": os.path.getsize(path), "edges": edges}
    else:
        raise SystemExit("usage: networkx_gexf.py write|read ...")
    print("BENCH-RESULT " + json.dumps({"ops": {mode: samples}, "facts": facts, "networkx": nx.__version__}))


main()
