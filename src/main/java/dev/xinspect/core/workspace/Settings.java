package dev.xinspect.core.workspace;

import java.time.Duration;

/**
 * The user's settings. {@code theme} is {@code system}, {@code light} or {@code dark}; {@code proxy} is
 * {@code host:port} or empty for none; {@code fontSize} is in points; {@code workspaceFolder} is where collections
 * will be kept (empty: the default folder); {@code followRedirects} lets the sender follow up to ten redirects and
 * show them (off: a 3xx is the response); {@code presenterPercent} is how much presenter mode enlarges every window
 * (125 to 200 percent of {@code fontSize}); {@code requestSplitPercent} is where the split between request and response
 * was left (percent of the height given to the request, 10 to 90).
 */
public record Settings(Duration connectTimeout, Duration responseTimeout, String proxy, String theme, int fontSize,
                       String workspaceFolder, boolean followRedirects, int presenterPercent,
                       int requestSplitPercent) {

    public static final int DEFAULT_PRESENTER_PERCENT = 150;
    public static final int DEFAULT_REQUEST_SPLIT_PERCENT = 42;
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), "", "system", 13, "", true,
            DEFAULT_PRESENTER_PERCENT, DEFAULT_REQUEST_SPLIT_PERCENT);

    /** Settings with presenter mode at its default enlargement. */
    public Settings(Duration connectTimeout, Duration responseTimeout, String proxy, String theme, int fontSize,
                    String workspaceFolder, boolean followRedirects) {
        this(connectTimeout, responseTimeout, proxy, theme, fontSize, workspaceFolder, followRedirects, DEFAULT_PRESENTER_PERCENT,
                DEFAULT_REQUEST_SPLIT_PERCENT);
    }

    /** The same settings with the request/response split where the user left it. */
    public Settings withRequestSplitPercent(int percent) {
        return new Settings(connectTimeout, responseTimeout, proxy, theme, fontSize, workspaceFolder, followRedirects, presenterPercent,
                percent);
    }

    /** Settings with redirects followed, the default. */
    public Settings(Duration connectTimeout, Duration responseTimeout, String proxy, String theme, int fontSize,
                    String workspaceFolder) {
        this(connectTimeout, responseTimeout, proxy, theme, fontSize, workspaceFolder, true);
    }

    public Settings {
        proxy = proxy == null ? "" : proxy.strip();
        theme = theme == null || theme.isBlank() ? "system" : theme;
        workspaceFolder = workspaceFolder == null ? "" : workspaceFolder.strip();
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            connectTimeout = DEFAULTS_CONNECT;
        }
        if (responseTimeout == null || responseTimeout.isNegative() || responseTimeout.isZero()) {
            responseTimeout = DEFAULTS_RESPONSE;
        }
        fontSize = Math.max(9, Math.min(fontSize, 32));
        presenterPercent = Math.max(125, Math.min(presenterPercent, 200));
        requestSplitPercent = Math.max(10, Math.min(requestSplitPercent, 90));
    }

    private static final Duration DEFAULTS_CONNECT = Duration.ofSeconds(10);
    private static final Duration DEFAULTS_RESPONSE = Duration.ofSeconds(30);
}
