package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsgraph.NewsGraphException;

/**
 * The interactive graph view at {@code /graph}: one page, its script and style, and Cytoscape.js from its WebJar.
 * The files are read from the class path once, at start, so a jar without them fails before it listens. Only
 * GET and HEAD are answered (the servlet's defaults refuse the rest with 405); the page reads the graph through
 * the SPARQL endpoint like any other client.
 */
final class GraphViewServlet extends HttpServlet {
    static final String PATH = "/graph";
    private static final long serialVersionUID = 1L;
    private static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final String HTML = "text/html;charset=utf-8";
    private static final String SCRIPT = "text/javascript;charset=utf-8";
    /** The page talks to its own server only; Cytoscape sets element styles from script, hence the inline styles. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Path below /graph to file; transient because a servlet is never serialized here. */
    private final transient Map<String, Asset> assets;

    GraphViewServlet() {
        Asset page = Asset.load("graph/index.html", HTML);
        this.assets = Map.of(
                "", page,
                "/", page,
                "/graph.js", Asset.load("graph/graph.js", SCRIPT),
                "/panel.js", Asset.load("graph/panel.js", SCRIPT),
                "/graph.css", Asset.load("graph/graph.css", "text/css;charset=utf-8"),
                "/cytoscape.min.js", Asset.load(CYTOSCAPE, SCRIPT));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Asset asset = assets.get(path);
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file in the graph view: " + path);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", POLICY);
        response.getOutputStream().write(asset.bytes());
    }

    private record Asset(byte[] bytes, String contentType) {
        static Asset load(String resource, String contentType) {
            try (InputStream in = GraphViewServlet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NewsGraphException("The graph view's file " + resource + " is not on the class path");
                }
                return new Asset(in.readAllBytes(), contentType);
            } catch (IOException e) {
                throw new NewsGraphException("Cannot read the graph view's file " + resource + ": " + e, e);
            }
        }
    }
}
