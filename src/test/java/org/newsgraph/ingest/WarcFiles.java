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
final class WarcFiles {
    static final Instant CAPTURED = Instant.parse("2026-03-04T10:15:30Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;

    WarcFiles(WarcCompression compression) throws IOException {
        writer = new WarcWriter(Channels.newChannel(bytes), compression);
    }

    WarcFiles info() throws IOException {
        return write(new Warcinfo.Builder().date(CAPTURED).filename("test.warc.gz").build());
    }

    WarcFiles request(String uri) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath())
                .addHeader("Host", URI.create(uri).getHost()).build();
        return write(new WarcRequest.Builder(uri).date(CAPTURED).body(http).build());
    }

    WarcFiles html(String uri, String html) throws IOException {
        return response(uri, 200, "OK", MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8));
    }

    WarcFiles redirect(String from, String to) throws IOException {
        HttpResponse http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", to)
                .body(MediaType.HTML_UTF8, "<a href=\"x\">moved</a>".getBytes(StandardCharsets.UTF_8)).build();
        return write(new WarcResponse.Builder(from).date(CAPTURED).body(http).build());
    }

    WarcFiles response(String uri, int status, String reason, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, reason).body(type, body).build();
        return write(new WarcResponse.Builder(uri).date(CAPTURED).body(http).build());
    }

    WarcFiles metadata(String uri) throws IOException {
        return write(new WarcMetadata.Builder().targetURI(uri).date(CAPTURED)
                .body(MediaType.WARC_FIELDS, "outlink: https://example.org/\r\n".getBytes(StandardCharsets.UTF_8))
                .build());
    }

    WarcFiles write(WarcRecord record) throws IOException {
        writer.write(record);
        return this;
    }

    /** Where the next record will start. */
    int size() {
        return bytes.size();
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    /** The archive with only the first {@code keep} bytes of what was written after {@code from}. */
    byte[] cutAfter(int from, int keep) {
        return Arrays.copyOf(bytes.toByteArray(), from + keep);
    }
}
