package dev.xinspect.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@code application/x-www-form-urlencoded} body in the two ways people type it: as sent (percent-encoded, where
 * {@code +} is a space, HTML form rules) or raw (each value as it reads, nothing decoded: X's worked example lists
 * {@code status=Hello Ladies + Gentlemen, a signed OAuth request!} this way). Each form turns into the other.
 */
public final class FormBody {
    private FormBody() {
    }

    /** The parameters of a body as sent; a broken escape is an {@link IllegalArgumentException} naming it. */
    public static List<Param> fromEncoded(String body) {
        return split(body, true);
    }

    /** The parameters of a body typed raw: split at {@code &} and the first {@code =}, nothing decoded. */
    public static List<Param> fromRaw(String body) {
        return split(body, false);
    }

    /** The body as sent, each name and value RFC 3986-encoded (a space is %20, a plus %2B). */
    public static String encoded(List<Param> params) {
        return params.stream().map(p -> PercentEncoding.encode(p.name()) + "=" + PercentEncoding.encode(p.value()))
                .collect(Collectors.joining("&"));
    }

    /** The body as it reads: names and values as they are. */
    public static String raw(List<Param> params) {
        return params.stream().map(p -> p.name() + "=" + p.value()).collect(Collectors.joining("&"));
    }

    private static List<Param> split(String body, boolean decode) {
        List<Param> params = new ArrayList<>();
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.add(decode ? new Param(PercentEncoding.formDecode(name), PercentEncoding.formDecode(value)) : new Param(name, value));
        }
        return params;
    }
}
