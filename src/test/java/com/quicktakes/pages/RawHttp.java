package com.quicktakes.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends a request line exactly as given, bytes and all, as a hostile client would: HTTP client
 * libraries refuse to send malformed urls, so they cannot test how the server answers them.
 */
public final class RawHttp {

    public record Reply(int status, String head, String body) {
        /** The value of a response header, or null. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    public static Reply get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost");
    }

    /** Sends a request head exactly as given: its request line and header lines, without the closing blank line. */
    public static Reply send(String head) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String reply = received.toString(StandardCharsets.UTF_8);
            int headEnd = reply.indexOf("\r\n\r\n");
            String replyHead = headEnd < 0 ? reply : reply.substring(0, headEnd);
            String body = headEnd < 0 ? "" : reply.substring(headEnd + 4);
            int status = Integer.parseInt(replyHead.substring(9, 12));
            return new Reply(status, replyHead, body);
        }
    }
}
