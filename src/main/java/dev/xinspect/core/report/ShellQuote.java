package dev.xinspect.core.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POSIX shell quoting for exported commands: single quotes, with embedded single quotes closed and escaped. A
 * {@code {{NAME}}} left in the text becomes the shell variable {@code "${NAME}"} between the quoted pieces, so an
 * exported command runs with the reader's own values and imports back as the same variable.
 */
final class ShellQuote {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private ShellQuote() {
    }

    static String single(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (variable.find()) {
            if (variable.start() > from) {
                out.append(quoted(text.substring(from, variable.start())));
            }
            out.append("\"${").append(variable.group(1)).append("}\"");
            from = variable.end();
        }
        return from == 0 ? quoted(text) : from < text.length() ? out.append(quoted(text.substring(from))).toString() : out.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
