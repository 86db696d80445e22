package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;

/**
 * Deterministic IRIs: the same input gives the same IRI in every run, so one real thing seen in two articles is
 * one node. A linked entity is its QID alone; everything else is a three-letter type, a readable slug and a
 * SHA-256 prefix of a normalized key. Keys use only [A-Za-z0-9_-], so no raw text ever reaches an IRI.
 */
public final class Iris {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final int SLUG_LENGTH = 40;

    private Iris() {
    }

    /** The IRI of an entity: {@code id:Q159} when linked, {@code id:per-n-tammy-bruce-<hash>} otherwise. */
    public static String entity(Entity e) {
        if (e.isLinked()) {
            return wikidataNode(e.wikidata());
        }
        String type = e.type().code();
        return Vocab.ID + type + "-n-" + slug(e.name()) + "-" + hash(type + "|" + normalizeName(e.name()), 10);
    }

    /** The node of a Wikidata item in our graph. */
    public static String wikidataNode(String qid) {
        if (!QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("not a Wikidata QID: " + qid);
        }
        return Vocab.ID + qid;
    }

    public static String wikidataItem(String qid) {
        return Vocab.WIKIDATA + qid;
    }

    /** The key of an article id in IRIs: the id itself when it is safe, else a slug and a hash of it. */
    public static String articleKey(String articleId) {
        if (SAFE_ID.matcher(articleId).matches()) {
            return articleId;
        }
        return slug(articleId) + "-" + hash(articleId, 12);
    }

    public static String article(String articleId) {
        return Vocab.ID + "art-" + articleKey(articleId);
    }

    public static String articleGraph(String articleId) {
        return Vocab.ID + "g-art-" + articleKey(articleId);
    }

    public static String text(String articleId) {
        return Vocab.ID + "txt-" + articleKey(articleId);
    }

    /** A node keyed by a hash of its key parts: meetings, measures, holdings, quotes, evidence. */
    public static String hashed(String type, String key) {
        return Vocab.ID + type + "-" + hash(key, 16);
    }

    /** A position: office slug and jurisdiction key ({@code pos-foreign-minister-Q159}). */
    public static String position(String title, String jurisdictionKey) {
        String office = slug(title);
        return Vocab.ID + "pos-" + (office.isEmpty() ? "office" : office)
                + (jurisdictionKey == null ? "" : "-" + jurisdictionKey);
    }

    public static final String ENTITIES_GRAPH = Vocab.ID + "g-entities";
    public static final String META_GRAPH = Vocab.ID + "g-meta";

    /** NFKC, case-folded, whitespace collapsed, honorifics dropped: the part of a name that decides identity. */
    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("\\s+", " ");
        return s.replaceFirst("^(mr|mrs|ms|dr|sir|dame)\\.? ", "");
    }

    /** Lowercase ASCII letters and digits joined by hyphens, accents dropped, at most 40 characters. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > SLUG_LENGTH) {
            s = s.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    static String hash(String key, int hexDigits) {
        return sha256(key).substring(0, hexDigits);
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
