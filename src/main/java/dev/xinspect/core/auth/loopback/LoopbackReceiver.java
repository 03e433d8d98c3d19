package dev.xinspect.core.auth.loopback;

import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.http.ServerLimits;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * Starts one-shot listeners for an OAuth redirect on the loopback address(es) of the registered callback URL:
 * {@code localhost} listens on both 127.0.0.1 and ::1 (a browser may resolve it to either), a literal address on
 * that address only. Never binds a non-loopback interface. Port 0 picks a free port (tests, the sandbox); X
 * matches callback URLs exactly, so real sign-ins use the registered port.
 */
public final class LoopbackReceiver {
    /** Handlers at once per listener: a browser opens a few connections; a stalled one holds a thread at most 10 s. */
    private static final int HANDLER_THREADS = 4;

    static {
        ServerLimits.apply(); // before the JDK's server reads its limits, once per process
    }

    /**
     * Listens for the redirect to {@code redirectUri} and hands its query to {@code check}. The first request to the
     * path decides the result; later ones get a "already finished" page. Start it before opening the browser.
     *
     * @throws OAuthException when the URL is not a loopback http URL or the port is busy
     */
    public <T> PendingCallback<T> listen(URI redirectUri, CallbackCheck<T> check, Duration timeout) {
        String host = hostOf(redirectUri);
        int port = redirectUri.getPort() == -1 ? 80 : redirectUri.getPort();
        String path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty() ? "/" : redirectUri.getRawPath();
        List<HttpServer> servers = new ArrayList<>();
        CallbackHandler<T> handler = new CallbackHandler<>(path, check);
        try {
            for (InetAddress address : addressesFor(host)) {
                HttpServer server = bind(address, port, host.equals("localhost") && !servers.isEmpty());
                if (server == null) {
                    continue;
                }
                port = server.getAddress().getPort(); // port 0: the second address must use the port the first got
                server.createContext("/", handler);
                servers.add(server);
            }
        } catch (RuntimeException e) {
            servers.forEach(s -> s.stop(0));
            throw e;
        }
        ExecutorService handlers = ServerLimits.pool("oauth-callback", HANDLER_THREADS);
        servers.forEach(server -> {
            server.setExecutor(handlers); // never the default: it reads requests on the one thread that accepts them
            server.start();
        });
        URI actual = URI.create("http://" + redirectUri.getRawAuthority().replaceFirst(":\\d+$", "") + ":" + port + path);
        return new PendingCallback<>(handler.result(), servers, handlers, actual, timeout);
    }

    private static String hostOf(URI redirectUri) {
        if (redirectUri.getScheme() == null || !redirectUri.getScheme().equalsIgnoreCase("http") || redirectUri.getHost() == null) {
            throw OAuthException.failure("A loopback callback must be an http:// URL on localhost, 127.0.0.1 or [::1]");
        }
        String host = redirectUri.getHost().toLowerCase(Locale.ROOT);
        return switch (host) {
            case "localhost", "127.0.0.1", "[::1]" -> host;
            default -> throw OAuthException.failure("The callback host " + host
                    + " is not a loopback address: use localhost, 127.0.0.1 or [::1], or paste the redirected URL instead");
        };
    }

    private static List<InetAddress> addressesFor(String host) {
        try {
            byte[] v4 = {127, 0, 0, 1};
            byte[] v6 = new byte[16];
            v6[15] = 1;
            InetAddress ipv4 = InetAddress.getByAddress("127.0.0.1", v4);
            InetAddress ipv6 = InetAddress.getByAddress("::1", v6);
            return switch (host) {
                case "127.0.0.1" -> List.of(ipv4);
                case "[::1]" -> List.of(ipv6);
                default -> List.of(ipv4, ipv6);
            };
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Literal loopback addresses always resolve", e);
        }
    }

    /** Binds one address; an optional one (::1 beside 127.0.0.1) is skipped when the machine has no IPv6. */
    private static HttpServer bind(InetAddress address, int port, boolean optional) {
        try {
            return HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (BindException e) {
            if (optional && !"Address already in use".equals(e.getMessage())) {
                return null;
            }
            throw OAuthException.failure("Port " + port + " on " + address.getHostAddress() + " is already in use: "
                    + "close the program using it, or register another callback URL for the app");
        } catch (SocketException e) {
            if (optional) {
                return null;
            }
            throw OAuthException.failure("Cannot listen on " + address.getHostAddress() + ":" + port + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw OAuthException.failure("Cannot listen on " + address.getHostAddress() + ":" + port + " (" + e.getMessage() + ")");
        }
    }
}
