package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A {@code .jsonl} feed, read one line at a time: one article per line, a blank line skipped. */
final class JsonlReader implements Iterator<SourceItem>, Closeable {
    /**
     * JSON escapes make a line longer than its text (up to six bytes for one: \u0001), so a line is only refused
     * unread past six times the text limit, plus room for the other fields.
     */
    private static final long ESCAPE_FACTOR = 6;
    private static final long ROOM_FOR_FIELDS = 1024 * 1024;

    private final Path file;
    private final long maxBytes;
    private LineReader lines;
    private boolean finished;
    private boolean sawLine;
    private SourceItem next;

    JsonlReader(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines in " + file);
        }
        SourceItem item = next;
        next = null;
        return item;
    }

    /** The item of the next line, null for a blank line, or a failure that ends the file. */
    private SourceItem readNext() {
        try {
            if (lines == null) {
                lines = new LineReader(Files.newInputStream(file), lineCap());
            }
            LineReader.Line line = lines.next();
            if (line == null) {
                close();
                return sawLine ? null : new SourceItem.Failed(file.toString(), "empty file: no articles");
            }
            return itemOf(line);
        } catch (IOException e) {
            finished = true;
            return new SourceItem.Failed(file.toString(), "unreadable: " + ArticleBytes.describe(e));
        }
    }

    private int lineCap() {
        long textLimit = Math.min(maxBytes, ArticleBytes.MAX_READABLE);
        return (int) Math.min(ArticleBytes.MAX_READABLE, textLimit * ESCAPE_FACTOR + ROOM_FOR_FIELDS);
    }

    private SourceItem itemOf(LineReader.Line line) {
        String origin = file + ":" + line.number();
        if (line.tooLong()) {
            sawLine = true;
            return new SourceItem.Failed(origin, "line too long to hold an article within the limit");
        }
        try {
            String json = ArticleBytes.decode(line.bytes(), line.offset());
            if (line.number() == 1) {
                json = ArticleBytes.stripBom(json);
            }
            if (json.isBlank()) {
                return null;
            }
            sawLine = true;
            return article(Json.parseObject(json), origin);
        } catch (UnreadableException e) {
            sawLine = true;
            return new SourceItem.Failed(origin, e.getMessage());
        }
    }

    private SourceItem article(JsonObject object, String origin) throws UnreadableException {
        String id = requiredString(object, "id");
        String text = requiredString(object, "text");
        long size = TextChecks.utf8Length(text);
        if (size > maxBytes) {
            throw new UnreadableException("text " + TextChecks.tooLarge(size, maxBytes));
        }
        TextChecks.requireArticleText(text);
        List<String> warnings = new ArrayList<>();
        Metadata metadata = Metadata.from(object, origin, warnings);
        return new SourceItem.Read(metadata.toArticle(id.strip(), text, origin), warnings);
    }

    private static String requiredString(JsonObject object, String field) throws UnreadableException {
        if (!object.has(field) || object.get(field).isJsonNull()) {
            throw new UnreadableException("no \"" + field + "\" field");
        }
        JsonElement value = object.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new UnreadableException("field \"" + field + "\" is not a string");
        }
        String string = value.getAsString();
        if (field.equals("id") && string.isBlank()) {
            throw new UnreadableException("blank \"id\" field");
        }
        return string;
    }

    @Override
    public void close() {
        finished = true;
        if (lines != null) {
            try {
                lines.close();
                lines = null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
        }
    }
}
