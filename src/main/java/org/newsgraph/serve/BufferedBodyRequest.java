package org.newsgraph.serve;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has already been read into memory, handed on as if it came from the wire. Jetty would
 * parse a form from its own, now empty, stream, so form parameters are parsed here from the kept bytes.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private Map<String, String[]> parameters;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ReplayStream(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public synchronized Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, List<String>> collected = new LinkedHashMap<>();
            decodeInto(collected, getQueryString());
            if (isForm()) {
                decodeInto(collected, new String(body, charset()));
            }
            Map<String, String[]> frozen = new LinkedHashMap<>();
            collected.forEach((name, values) -> frozen.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(frozen);
        }
        return parameters;
    }

    private void decodeInto(Map<String, List<String>> collected, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset());
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset());
            collected.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    private boolean isForm() {
        String type = getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        return encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    private static final class ReplayStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        ReplayStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("a replayed body is read synchronously");
        }
    }
}
