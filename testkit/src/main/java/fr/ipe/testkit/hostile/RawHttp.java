package fr.ipe.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: unlike a regular client it sends whatever bytes a
 * hostile caller would (undecodable paths, control characters, huge headers, broken bodies). Header lines are sent
 * as ISO-8859-1, one byte per character, so a test can put any byte in a header.
 */
public final class RawHttp {

    /** The answer: its status, its headers (names in lower case) and its body (de-chunked, read as UTF-8). */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** {@code headers} are full header lines without CRLF; Host, Connection and Content-Length are added. */
    public Answer send(String method, String target, Iterable<String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            write(request, method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.writeBytes((header + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (body != null) {
                write(request, "Content-Length: " + body.length + "\r\n");
            }
            write(request, "\r\n");
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before it read everything (a too large header or body)
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target), e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String raw = new String(all, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete answer: " + abbreviate(raw));
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + " chars)";
    }
}
