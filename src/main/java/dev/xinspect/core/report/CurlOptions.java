package dev.xinspect.core.report;

import java.util.Map;
import java.util.Set;

/**
 * curl's command-line options as the importer needs them (curl 7.88, {@code curl --help all}): the short letters
 * and their long names, which take a value, and which change nothing about the request sent.
 */
final class CurlOptions {
    private CurlOptions() {
    }

    static final Map<Character, String> SHORT = Map.ofEntries(
            Map.entry('X', "--request"), Map.entry('H', "--header"), Map.entry('d', "--data"), Map.entry('F', "--form"),
            Map.entry('u', "--user"), Map.entry('b', "--cookie"), Map.entry('e', "--referer"), Map.entry('A', "--user-agent"),
            Map.entry('G', "--get"), Map.entry('I', "--head"), Map.entry('o', "--output"), Map.entry('w', "--write-out"),
            Map.entry('m', "--max-time"), Map.entry('x', "--proxy"), Map.entry('E', "--cert"), Map.entry('c', "--cookie-jar"),
            Map.entry('D', "--dump-header"), Map.entry('K', "--config"), Map.entry('T', "--upload-file"), Map.entry('r', "--range"),
            Map.entry('C', "--continue-at"), Map.entry('y', "--speed-time"), Map.entry('Y', "--speed-limit"),
            Map.entry('z', "--time-cond"), Map.entry('U', "--proxy-user"), Map.entry('Q', "--quote"), Map.entry('P', "--ftp-port"),
            Map.entry('t', "--telnet-option"), Map.entry('s', "--silent"), Map.entry('S', "--show-error"),
            Map.entry('v', "--verbose"), Map.entry('i', "--include"), Map.entry('L', "--location"), Map.entry('k', "--insecure"),
            Map.entry('N', "--no-buffer"), Map.entry('f', "--fail"), Map.entry('g', "--globoff"), Map.entry('q', "--disable"),
            Map.entry('0', "--http1.0"), Map.entry('4', "--ipv4"), Map.entry('6', "--ipv6"), Map.entry('j', "--junk-session-cookies"),
            Map.entry('J', "--remote-header-name"), Map.entry('O', "--remote-name"), Map.entry('n', "--netrc"),
            Map.entry('Z', "--parallel"), Map.entry('#', "--progress-bar"), Map.entry('R', "--remote-time"),
            Map.entry('l', "--list-only"), Map.entry('a', "--append"), Map.entry('B', "--use-ascii"), Map.entry('p', "--proxytunnel"));

    /** Options that read the next word as their value. */
    static final Set<String> WITH_VALUE = Set.of("--request", "--header", "--data", "--data-raw", "--data-binary", "--data-ascii",
            "--data-urlencode", "--json", "--form", "--form-string", "--url-query", "--user", "--oauth2-bearer", "--cookie",
            "--referer", "--user-agent", "--url", "--output", "--write-out", "--max-time", "--connect-timeout", "--retry",
            "--retry-delay", "--retry-max-time", "--proxy", "--cacert", "--capath", "--cert", "--cert-type", "--key", "--key-type",
            "--cookie-jar", "--dump-header", "--config", "--upload-file", "--range", "--continue-at", "--speed-time",
            "--speed-limit", "--time-cond", "--proxy-user", "--quote", "--ftp-port", "--telnet-option", "--resolve",
            "--connect-to", "--interface", "--max-redirs", "--trace", "--trace-ascii", "--stderr", "--limit-rate", "--proto",
            "--proto-redir", "--ciphers", "--tls-max", "--netrc-file", "--max-filesize", "--dns-servers", "--local-port",
            "--keepalive-time", "--expect100-timeout", "--happy-eyeballs-timeout-ms", "--parallel-max", "--aws-sigv4",
            "--preproxy", "--unix-socket", "--abstract-unix-socket", "--output-dir", "--rate", "--hsts", "--alt-svc",
            "--etag-save", "--etag-compare", "--pinnedpubkey", "--doh-url", "--socks5", "--socks5-hostname", "--noproxy",
            "--proxy-header", "--login-options", "--sasl-authzid", "--mail-from", "--mail-rcpt", "--ftp-method");

    /** Options that shape the request and are read; every other known option only changes how curl runs. */
    static final Set<String> READ = Set.of("--request", "--header", "--data", "--data-raw", "--data-binary", "--data-ascii",
            "--data-urlencode", "--json", "--form", "--form-string", "--url-query", "--user", "--oauth2-bearer", "--cookie",
            "--referer", "--user-agent", "--url", "--get", "--head");

    /** Flags (no value) curl knows that do not change the request; anything else unknown is reported. */
    static final Set<String> QUIET_FLAGS = Set.of("--silent", "--show-error", "--verbose", "--include", "--location",
            "--insecure", "--no-buffer", "--fail", "--fail-with-body", "--fail-early", "--globoff", "--disable", "--http1.0",
            "--http1.1", "--http2", "--http2-prior-knowledge", "--http3", "--ipv4", "--ipv6", "--junk-session-cookies",
            "--remote-header-name", "--remote-name", "--remote-name-all", "--netrc", "--netrc-optional", "--parallel",
            "--progress-bar", "--remote-time", "--compressed", "--no-progress-meter", "--no-keepalive", "--tcp-nodelay",
            "--path-as-is", "--post301", "--post302", "--post303", "--location-trusted", "--raw", "--tr-encoding",
            "--create-dirs", "--ssl-no-revoke", "--styled-output", "--no-styled-output", "--list-only", "--append",
            "--use-ascii", "--proxytunnel", "--basic", "--digest", "--anyauth", "--ntlm", "--negotiate", "--tlsv1.2",
            "--tlsv1.3", "--ssl-reqd", "--no-sessionid", "--no-alpn", "--no-npn", "--false-start", "--trace-time", "--xattr",
            "--no-clobber", "--remove-on-error", "--sslv2", "--sslv3", "--tlsv1", "--ssl", "--ssl-allow-beast",
            "--retry-connrefused", "--retry-all-errors", "--crlf", "--manual", "--help", "--version");
}
