package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article id of a feed item, from its guid (Atom: id) or else its link: a readable slug of it and a hash of
 * it, so the same item read again, from the same feed or another, gets the same id and replaces its article. The
 * id uses only {@code [a-z0-9-]} and at most 73 characters, so it is safe as a file name and as part of an IRI.
 */
final class FeedItemIds {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final int SLUG_LENGTH = 60;

    private FeedItemIds() {
    }

    static String of(String feedLocation, String guid, String link) throws UnreadableException {
        String name = guid != null && !guid.isBlank() ? guid.strip() : link == null ? "" : link.strip();
        if (name.isEmpty()) {
            throw new UnreadableException("no guid, id or link to name the item by");
        }
        // "1234" or "item-7" names an item only within its feed; a URI (http:, urn:, tag:) names it anywhere
        String key = SCHEME.matcher(name).find() ? name : feedLocation + " " + name;
        return slug(name) + "-" + hash(key);
    }

    /** The tail of the name, where URLs keep what tells items apart; scheme and "www." dropped. */
    private static String slug(String name) {
        String readable = SCHEME.matcher(name).replaceFirst("").replaceFirst("^/*(www\\.)?", "");
        String slug = readable.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            String tail = slug.substring(slug.length() - SLUG_LENGTH);
            // start at a whole word, unless the tail is one word
            int hyphen = tail.indexOf('-');
            slug = hyphen < 0 || hyphen == tail.length() - 1 ? tail : tail.substring(hyphen + 1);
        }
        return slug.isEmpty() ? "item" : slug;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
