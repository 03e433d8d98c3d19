package dev.xinspect.core.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;

/**
 * A raw HTTP/1.1 server on 127.0.0.1, port 0, whose every answer is a script: so a test can send exactly the bytes
 * (or the silence, the reset, the early close) a fault needs. Keeps connections alive between requests like a real
 * server, records every request it read, and on {@link #close()} wakes any script still holding a connection.
 */
final class ScriptedServer implements AutoCloseable {
    /** What to do with one request; returning leaves the connection open for the next one. */
    interface Script {
        void answer(Connection connection) throws Exception;
    }

    /** A request as the server read it. */
    record Received(String method, String target, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final Script script;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "scripted-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ScriptedServer(ServerSocket server, Script script) {
        this.server = server;
        this.script = script;
        threads.execute(this::acceptLoop);
    }

    static ScriptedServer start(Script script) throws IOException {
        return new ScriptedServer(ServerSocketFactory.getDefault().createServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    }

    /** A TLS server (its certificate is whatever the context holds); the handshake happens on the first read. */
    static ScriptedServer tls(SSLContext context, Script script) throws IOException {
        return new ScriptedServer(context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    }

    URI uri(String pathAndQuery) {
        return uri("http", pathAndQuery);
    }

    URI uri(String scheme, String pathAndQuery) {
        return URI.create(scheme + "://127.0.0.1:" + server.getLocalPort() + pathAndQuery);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Received> requests() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!socket.isClosed()) {
                Received request = read(in);
                if (request == null) {
                    return;
                }
                received.add(request);
                script.answer(new Connection(socket, in, out, request));
                out.flush();
            }
        } catch (Exception e) {
            // The client went away or the test closed the server: nothing to report from here.
        }
    }

    /** Reads one request head and its Content-Length body; null at a clean end of the connection. */
    private static Received read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        List<String> lines = head.toString(StandardCharsets.ISO_8859_1).lines().toList();
        String[] requestLine = lines.get(0).split(" ");
        List<Header> headers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        Headers parsed = new Headers(headers);
        int length = parsed.first("content-length").map(Integer::parseInt).orElse(0);
        return new Received(requestLine[0], requestLine[1], parsed, in.readNBytes(length));
    }

    /** One connection, positioned after the request it carries. */
    final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final Received request;

        Connection(Socket socket, InputStream in, OutputStream out, Received request) {
            this.socket = socket;
            this.in = in;
            this.out = out;
            this.request = request;
        }

        /** A complete response with Content-Length. */
        void respond(int status, Headers headers, byte[] body) throws IOException {
            head(status, headers.with("Content-Length", Integer.toString(body.length)));
            out.write(body);
            out.flush();
        }

        void respond(int status, String contentType, String body) throws IOException {
            respond(status, Headers.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        /** The status line and headers, as given (no Content-Length added). */
        void head(int status, Headers headers) throws IOException {
            StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            headers.list().forEach(h -> text.append(h.name()).append(": ").append(h.value()).append("\r\n"));
            out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Holds the connection open, silent, until the server is closed (at most a minute). */
        void holdUntilClosed() throws InterruptedException {
            closed.await(1, TimeUnit.MINUTES);
        }

        /** Waits {@code pause} (or until the server closes): the pace of a slow server, not a wait for an event. */
        void pause(Duration pause) throws InterruptedException {
            closed.await(pause.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** Closes with a TCP RST instead of a FIN: SO_LINGER 0 drops the connection at once. */
        void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        /** Closes normally (FIN), whatever was promised. */
        void close() throws IOException {
            try {
                socket.shutdownOutput();
            } catch (SocketException e) {
                // already gone
            }
            socket.close();
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 101 -> "Switching Protocols";
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            default -> "Other";
        };
    }
}
