package org.newsgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Node ids for graph files: the key after the id namespace, which is an XML NMTOKEN for every minted IRI. */
final class NodeIds {
    static final String ID_NAMESPACE = "https://w3id.org/newsgraph/id/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+");

    private NodeIds() {
    }

    /** The key of a minted IRI; any other IRI gets a hash, so a stray node cannot break the file. */
    static String of(String iri) {
        if (iri.startsWith(ID_NAMESPACE)) {
            String key = iri.substring(ID_NAMESPACE.length());
            if (SAFE.matcher(key).matches()) {
                return key;
            }
        }
        return "iri-" + sha256(iri).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
