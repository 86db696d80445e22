package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Web archives made in the tests with jwarc's writer: one gzip member per record, as crawlers write them. */
public final class WarcFiles {
    public static final Instant CAPTURED = Instant.parse("2026-03-04T10:15:30Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;

    public WarcFiles(WarcCompression compression) throws IOException {
        writer = new WarcWriter(Channels.newChannel(bytes), compression);
    }

    /**
     * The archive of issue 12's done-when: three English pages and a German one among a request, a redirect, a
     * PDF, a 404 page and a metadata record. Add a record and cut it for a truncated archive.
     */
    public static WarcFiles mixed(WarcCompression compression) throws IOException {
        return new WarcFiles(compression).info()
                .request("https://www.ledger.example/world/2026/03/grain-corridor")
                .html("https://www.ledger.example/world/2026/03/grain-corridor", NewsPages.SUMMIT)
                .html("https://news.example.org/business/export-controls?ref=home", NewsPages.SANCTIONS)
                .html("https://wire.example.net/talks/doha/", NewsPages.TALKS)
                .html("https://zeitung.example.de/politik/paris-reise", NewsPages.GERMAN)
                .redirect("http://ledger.example/grain", "https://www.ledger.example/world/2026/03/grain-corridor")
                .response("https://news.example.org/report.pdf", 200, "OK", MediaType.parse("application/pdf"),
                        "%PDF-1.7 FURNITURE".getBytes(StandardCharsets.US_ASCII))
                .response("https://news.example.org/gone", 404, "Not Found", MediaType.HTML_UTF8,
                        "<html><body><p>Page not found FURNITURE</p></body></html>".getBytes(StandardCharsets.UTF_8))
                .metadata("https://wire.example.net/talks/doha/");
    }

    public WarcFiles info() throws IOException {
        return write(new Warcinfo.Builder().date(CAPTURED).filename("test.warc.gz").build());
    }

    public WarcFiles request(String uri) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
                .addHeader("Host", URI.create(uri).getHost()).build();
        return write(new WarcRequest.Builder(uri).date(CAPTURED).body(http).build());
    }

    public WarcFiles html(String uri, String html) throws IOException {
        return response(uri, 200, "OK", MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8));
    }

    public WarcFiles redirect(String from, String to) throws IOException {
        HttpResponse http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", to)
                .body(MediaType.HTML_UTF8, "<a href=\"x\">moved</a>".getBytes(StandardCharsets.UTF_8)).build();
        return write(new WarcResponse.Builder(from).date(CAPTURED).body(http).build());
    }

    public WarcFiles response(String uri, int status, String reason, MediaType type, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, reason).body(type, body).build();
        return write(new WarcResponse.Builder(uri).date(CAPTURED).body(http).build());
    }

    public WarcFiles metadata(String uri) throws IOException {
        return write(new WarcMetadata.Builder().targetURI(uri).date(CAPTURED)
                .body(MediaType.WARC_FIELDS, "outlink: https://example.org/\r\n".getBytes(StandardCharsets.UTF_8))
                .build());
    }

    public WarcFiles write(WarcRecord record) throws IOException {
        writer.write(record);
        return this;
    }

    /** Where the next record will start. */
    public int size() {
        return bytes.size();
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }

    /** The archive with only the first {@code keep} bytes of what was written after {@code from}. */
    public byte[] cutAfter(int from, int keep) {
        return Arrays.copyOf(bytes.toByteArray(), from + keep);
    }
}
