# The actors who met the most others, from newsgraph's actor network:
#   java -jar target/newsgraph.jar export --db data --format gexf --output actors.gexf
import sys
import networkx as nx

g = nx.read_gexf(sys.argv[1] if len(sys.argv) > 1 else "actors.gexf")
met = nx.DiGraph([(a, b) for a, b, kind in g.edges(data="interaction") if kind == "met"])
# A meeting tie is two edges, one each way, so the edges out of an actor count whom it met.
for actor, partners in sorted(met.out_degree(), key=lambda x: (-x[1], x[0]))[:5]:
    print(f"{g.nodes[actor]['label']}\t{partners}")
