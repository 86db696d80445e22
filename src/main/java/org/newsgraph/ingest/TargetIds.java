package org.newsgraph.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article ids for archived pages, from their address: host and path, lower-case host, every character outside
 * {@code [A-Za-z0-9._/-]} replaced, so the same page always gets the same id and the id is safe as a file name.
 * A query (or an over-long path) would make ids collide or grow without bound, so it adds a short hash of the
 * whole address instead.
 */
final class TargetIds {
    static final int MAX_LENGTH = 160;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._/-]+");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.+(?=/|$)");

    private TargetIds() {
    }

    static String of(String target) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (java.net.URISyntaxException e) {
            return "page-" + hash(target);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = UNSAFE.matcher(host + "/" + path).replaceAll("-");
        id = DOT_SEGMENT.matcher(SLASHES.matcher(id).replaceAll("/")).replaceAll("$1-");
        id = strip(id);
        boolean needsHash = uri.getRawQuery() != null || id.length() > MAX_LENGTH || id.isEmpty();
        if (id.length() > MAX_LENGTH) {
            id = strip(id.substring(0, MAX_LENGTH));
        }
        if (needsHash) {
            id = (id.isEmpty() ? "page" : id) + "-" + hash(target.strip());
        }
        return id;
    }

    private static String strip(String id) {
        int start = 0;
        int end = id.length();
        while (start < end && (id.charAt(start) == '/' || id.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (id.charAt(end - 1) == '/' || id.charAt(end - 1) == '-')) {
            end--;
        }
        return id.substring(start, end);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
