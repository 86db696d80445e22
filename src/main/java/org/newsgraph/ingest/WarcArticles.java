package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}), read record by record: an HTTP response with an HTML page and a
 * success status is an article; any other record is skipped and counted. A record that cannot be read ends the
 * file with a failure naming its byte offset; what was read before it stands.
 */
final class WarcArticles implements Iterator<SourceItem>, Closeable {
    private final Path file;
    private final long maxBytes;
    private WarcReader reader;
    private boolean finished;
    private SourceItem next;

    WarcArticles(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + file);
        }
        SourceItem item = next;
        next = null;
        return item;
    }

    private SourceItem readNext() {
        Optional<WarcRecord> record;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
            }
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            return corrupt(e);
        }
        if (record.isEmpty()) {
            close();
            return null;
        }
        String origin = file + "@" + reader.position();
        try {
            return itemOf(record.get(), origin);
        } catch (IOException e) {
            // the record's block ends early: the archive is cut or broken here
            return corrupt(e);
        } catch (RuntimeException e) {
            // the framing was sound, so the archive goes on after this one odd record
            return new SourceItem.Failed(origin, "unreadable record: " + reason(e));
        }
    }

    /** Ends the file: the reader has moved to the start of the record it could not read (0 if it never began). */
    private SourceItem corrupt(Exception e) {
        long offset = reader == null ? 0 : reader.position();
        close();
        return new SourceItem.Failed(file.toString(), "corrupt or truncated WARC at byte offset " + offset + ": "
                + reason(e) + "; the records before it were read");
    }

    private SourceItem itemOf(WarcRecord record, String origin) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return new SourceItem.Skipped(origin, record.type() + " record", "WARC-Type " + record.type());
        }
        String target = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            return new SourceItem.Skipped(origin, "not an HTTP response", target);
        }
        int status = http.status();
        if (status >= 300 && status < 400) {
            return new SourceItem.Skipped(origin, "redirect", status + " " + target);
        }
        if (status < 200 || status >= 300) {
            return new SourceItem.Skipped(origin, "error status", status + " " + target);
        }
        MediaType type = http.contentType();
        if (!isHtml(type)) {
            return new SourceItem.Skipped(origin, "not HTML", type + " " + target);
        }
        return page(response, http, type, origin);
    }

    private SourceItem page(WarcResponse response, HttpResponse http, MediaType type, String origin)
            throws IOException {
        long limit = Math.min(maxBytes, ArticleBytes.MAX_READABLE);
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) limit + 1);
        }
        if (body.length > limit) {
            return new SourceItem.Failed(origin, "page larger than the limit of " + limit + " bytes");
        }
        String target = response.target();
        // the HTTP header's charset when it names one, else jsoup reads the page's <meta charset> or assumes UTF-8
        String charset = supported(type.parameters().get("charset"));
        var page = Jsoup.parse(new ByteArrayInputStream(body), charset, target);
        LocalDate captured = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        Metadata defaults = new Metadata(target, null, captured, hostOf(response));
        return HtmlPage.read(page, TargetIds.of(target), origin, defaults);
    }

    /** A charset name Java knows, else null; servers send misspelt ones ("utf8x") and pages still read. */
    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String hostOf(WarcResponse response) {
        try {
            String host = response.targetURI().getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        finished = true;
        if (reader != null) {
            try {
                reader.close();
                reader = null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
        }
    }
}
