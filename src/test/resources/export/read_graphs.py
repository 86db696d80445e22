"""Reads newsgraph exports with networkx and igraph and prints, one JSON line per file and reader, the graph as
that reader sees it: whether it is directed, each node's label, Wikidata IRI and date, and each edge's ends,
interaction and first and last dates. ExportReadersIT compares these lines with the store.

Usage: python3 read_graphs.py FILE...   (.gexf, .graphml, .cyjs)
"""
import json
import sys
import warnings

import igraph
import networkx as nx


def text(value):
    # igraph fills a string attribute a node lacks with "" and a numeric one with NaN; both mean absent.
    return value if isinstance(value, str) and value != "" else None


def from_networkx(g, label="label"):
    nodes = {str(n): {"label": text(d.get(label)), "wikidata": text(d.get("wikidata")), "date": text(d.get("date"))}
             for n, d in g.nodes(data=True)}
    edges = [[str(s), str(t), text(d.get("interaction")), text(d.get("first")), text(d.get("last"))]
             for s, t, d in g.edges(data=True)]
    return g.is_directed(), nodes, edges


def from_igraph(g):
    attrs = set(g.vs.attributes())
    nodes = {v["id"]: {k: text(v[k]) if k in attrs else None for k in ("label", "wikidata", "date")} for v in g.vs}
    eattrs = set(g.es.attributes())
    edges = [[g.vs[e.source]["id"], g.vs[e.target]["id"]]
             + [text(e[k]) if k in eattrs else None for k in ("interaction", "first", "last")] for e in g.es]
    return g.is_directed(), nodes, edges


def readers(path):
    if path.endswith(".gexf"):
        yield "networkx", lambda: from_networkx(nx.read_gexf(path))
    elif path.endswith(".graphml"):
        yield "networkx", lambda: from_networkx(nx.read_graphml(path))
        yield "igraph", lambda: from_igraph(igraph.Graph.Read_GraphML(path))
    elif path.endswith(".cyjs"):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        # Cytoscape labels a node with its "name", so that is the label checked here.
        yield "networkx", lambda: from_networkx(nx.cytoscape_graph(data), label="name")


def main(paths):
    # igraph warns that it skips yEd's graphics keys (they have no attr.type); that is what it should do.
    warnings.simplefilter("ignore", RuntimeWarning)
    for path in paths:
        for reader, read in readers(path):
            directed, nodes, edges = read()
            print(json.dumps({"file": path, "reader": reader, "directed": directed, "nodes": nodes,
                              "edges": edges}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
