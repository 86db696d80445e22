# The actors who met the most others, from newsgraph's actor network, with R's igraph:
#   java -jar target/newsgraph.jar export --db data --format graphml --output actors.graphml
library(igraph)

g <- read_graph("actors.graphml", format = "graphml")
met <- subgraph.edges(g, E(g)[interaction == "met"])
# A meeting tie is two edges, one each way, so the edges out of an actor count whom it met.
partners <- degree(met, mode = "out")
names(partners) <- V(met)$label
head(sort(partners, decreasing = TRUE), 5)
