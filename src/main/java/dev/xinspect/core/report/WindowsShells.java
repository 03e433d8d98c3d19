package dev.xinspect.core.report;

import java.util.regex.Pattern;

/**
 * Translates a command pasted from Windows {@code cmd} ({@code ^} continuations and escapes, {@code %NAME%}) or
 * PowerShell (backtick continuations and escapes, {@code ''} in single quotes, {@code $env:NAME}) into the bash text
 * that means the same, keeping for each character the index it came from so messages point into the pasted text.
 */
final class WindowsShells {
    /** The bash text and, per character, its index in the pasted text. */
    record Translation(String text, int[] origin) {
    }

    private static final Pattern CMD_CONTINUATION = Pattern.compile("(?m)\\^[ \\t]*$");
    private static final Pattern POWERSHELL_CONTINUATION = Pattern.compile("(?m)`[ \\t]*$");

    private final StringBuilder out = new StringBuilder();
    private int[] origin;
    private int length;

    private WindowsShells() {
    }

    static boolean isCmd(String text) {
        return CMD_CONTINUATION.matcher(text).find();
    }

    static boolean isPowerShell(String text) {
        return POWERSHELL_CONTINUATION.matcher(text).find();
    }

    /** Unchanged text, each character from its own index. */
    static Translation identity(String text) {
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            origin[i] = i;
        }
        return new Translation(text, origin);
    }

    /**
     * cmd: {@code ^} escapes the next character (a newline: the line goes on), {@code "} toggles quoting for the
     * program's argument splitter (where {@code \"} is a literal quote, as in bash's double quotes), {@code %NAME%}
     * is a variable. Characters bash would treat specially are escaped for it.
     */
    static Translation fromCmd(String text) {
        WindowsShells w = new WindowsShells();
        w.origin = new int[text.length() * 3 + 2];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (text.startsWith("^\\^\"", i)) { // ^\^" (as browsers' "Copy as cURL (cmd)" writes it): a literal quote
                w.emit("\\\"", i);
                i += 3;
            } else if (c == '^' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == '\n') {
                    w.emit("\\\n", i - 1);
                } else if (next == '"') {
                    quoted = !quoted;
                    w.emit("\"", i);
                } else {
                    w.literal(next, quoted, i);
                }
            } else if (c == '"') {
                quoted = !quoted;
                w.emit("\"", i);
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.startsWith("^\"", i + 1))) {
                w.emit("\\\"", i);
                i += text.charAt(i + 1) == '^' ? 2 : 1;
            } else if (c == '%' && text.indexOf('%', i + 1) > i + 1 && text.substring(i + 1, text.indexOf('%', i + 1)).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                int close = text.indexOf('%', i + 1);
                w.emit("${" + text.substring(i + 1, close) + "}", i);
                i = close;
            } else {
                w.plain(c, quoted, i);
            }
        }
        return w.done();
    }

    /**
     * PowerShell: a backtick escapes the next character (a newline: the line goes on; {@code `n} is a newline inside
     * double quotes), {@code ''} is a quote inside single quotes, {@code $env:NAME} and {@code $NAME} are variables.
     */
    static Translation fromPowerShell(String text) {
        WindowsShells w = new WindowsShells();
        w.origin = new int[text.length() * 4 + 2];
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    w.emit("'\\''", i++);
                } else {
                    if (c == '\'') {
                        quote = 0;
                    }
                    w.emit(String.valueOf(c), i);
                }
            } else if (c == '`' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == '\n') {
                    w.emit("\\\n", i - 1);
                } else if (next == 'n' && quote == '"') {
                    w.emit("\n", i);
                } else if (next == 't' && quote == '"') {
                    w.emit("\t", i);
                } else {
                    w.literal(next, quote == '"', i);
                }
            } else if (c == '$' && text.regionMatches(true, i + 1, "env:", 0, 4)) {
                w.emit("$", i);
                i += 4;
            } else {
                if (c == '\'' || c == '"') {
                    quote = quote == c ? 0 : quote == 0 ? c : quote;
                } else if (c == '\\') {
                    w.emit("\\\\", i); // a backslash is literal in PowerShell
                    continue;
                }
                w.emit(String.valueOf(c), i);
            }
        }
        return w.done();
    }

    /** A character that is plain text in the Windows shell, escaped for bash where it would mean something there. */
    private void literal(char c, boolean quoted, int from) {
        String special = quoted ? "$`\"\\" : "$`\"\\'&|;<>()# \t";
        emit(special.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c), from);
    }

    /** A character the Windows shell reads as it is: only what bash alone would treat specially is escaped. */
    private void plain(char c, boolean quoted, int from) {
        String special = quoted ? "$`" : "$`'\\()#;";
        emit(special.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c), from);
    }

    private void emit(String piece, int from) {
        for (int k = 0; k < piece.length(); k++) {
            out.append(piece.charAt(k));
            origin[length++] = from;
        }
    }

    private Translation done() {
        int[] trimmed = new int[length + 1];
        System.arraycopy(origin, 0, trimmed, 0, length);
        trimmed[length] = length == 0 ? 0 : origin[length - 1] + 1;
        return new Translation(out.toString(), trimmed);
    }
}
