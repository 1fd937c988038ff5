package co.anb.showcase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written byte by byte on a socket, for what {@code java.net.http} refuses to send: NUL bytes and invalid
 * UTF-8 in the request line, 64 KB headers, bodies cut before their end. Every request says {@code Connection:
 * close}, so the answer is whatever arrives until the server closes.
 */
final class RawHttp {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request whose target (path and query) is sent exactly as given, byte for byte. */
    Response send(String method, byte[] target, String headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(target);
        request.writeBytes((" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
                + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(request.toByteArray());
    }

    Response get(String target, String headers) {
        return send("GET", target.getBytes(StandardCharsets.ISO_8859_1), headers, null);
    }

    /** Sends the bytes as they are (a whole request, possibly incomplete) and reads until the server closes. */
    Response exchange(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // an answer followed by a reset (the server stopped reading a body) is still an answer
            if (received.size() == 0) {
                throw e;
            }
        }
        return received.toByteArray();
    }

    record Response(int status, String head, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            Matcher status = STATUS.matcher(head);
            return new Response(status.find() ? Integer.parseInt(status.group(1)) : -1, head, body);
        }

        String header(String name) {
            Matcher value = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(head);
            return value.find() ? value.group(1).trim() : null;
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    break;
                }
                // sizes count bytes; the bodies here are ASCII-escaped JSON or short UTF-8, so count in bytes
                byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
                String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
                body.append(chunk);
                at = lineEnd + 2 + chunk.length() + 2;
            }
            return body.toString();
        }
    }
}
