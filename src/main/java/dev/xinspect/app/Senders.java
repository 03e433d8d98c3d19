package dev.xinspect.app;

import dev.xinspect.core.AppVersion;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.workspace.Settings;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * The HTTP sender and client of the settings in force (timeouts, proxy, redirects), rebuilt only when the settings
 * change: the editor, the rules editor, the stream console and spec fetches all send through them.
 */
final class Senders {
    private final Clock clock;
    private Settings builtFor;
    private HttpSender sender;

    Senders(Clock clock) {
        this.clock = clock;
    }

    synchronized HttpSender senderFor(Settings settings) {
        if (!settings.equals(builtFor)) {
            sender = new HttpSender(clientFor(settings), settings.responseTimeout(), settings.responseTimeout(),
                    settings.followRedirects(), clock, "xinspect/" + AppVersion.current());
            builtFor = settings;
        }
        return sender;
    }

    /** A client with the connect timeout and proxy of the settings; HTTP/2 preferred (the JDK falls back to 1.1). */
    static HttpClient clientFor(Settings settings) {
        // Redirects are followed, and shown, by the sender; a stream is never redirected.
        HttpClient.Builder builder = HttpSender.clientBuilder(settings.connectTimeout());
        if (!settings.proxy().isEmpty()) {
            int colon = settings.proxy().lastIndexOf(':');
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(
                    settings.proxy().substring(0, colon), Integer.parseInt(settings.proxy().substring(colon + 1)))));
        }
        return builder.build();
    }
}
