package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a bash command text into words and control operators the way bash would (bash(1), QUOTING and DEFINITIONS):
 * {@code '…'} literal, {@code "…"} with {@code \$ \` \" \\} and backslash-newline removed, {@code $'…'} ANSI-C
 * escapes, a backslash-newline outside quotes removed, {@code #} comments. Parameter expansions ({@code $NAME},
 * {@code ${NAME}}, {@code $1}) become {@code {{NAME}}} and are collected. A text bash would refuse or run differently
 * than it looks throws {@link CurlCommandParser.NotCurlException} with one sentence naming line and column.
 */
final class ShellLexer {
    enum Kind { WORD, NEWLINE, OPERATOR }

    /** A word (quotes removed), a line end, or an operator ({@code ; & && || | < > >> 2>}); {@code at} indexes the pasted text. */
    record Token(Kind kind, String text, int at, String commentHidingContinuation) {
    }

    /** Only names that look like environment variables are read inside single quotes, where a shell would not expand them. */
    private static final Pattern QUOTED_VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}|([A-Z_][A-Z0-9_]{2,}))");

    private final String text;
    private final int[] origin;
    private final TextPosition positions;
    private final List<Token> tokens = new ArrayList<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private int wordStart = -1;
    /** Where a single-quoted text was closed by a quote between two letters ({@code don't}), the classic broken JSON body. */
    private int apostrophe = -1;
    private int apostropheOpenedAt = -1;

    /**
     * @param text      bash text (Windows texts are already translated)
     * @param origin    for each index of {@code text}, the index in the pasted text it came from
     * @param positions line and column of an index of the pasted text
     */
    ShellLexer(String text, int[] origin, TextPosition positions) {
        this.text = text;
        this.origin = origin;
        this.positions = positions;
    }

    List<Token> tokens() throws CurlCommandParser.NotCurlException {
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
        endWord();
        return tokens;
    }

    List<String> variables() {
        return List.copyOf(variables);
    }

    List<String> notes() {
        return notes;
    }

    private int step(int i) throws CurlCommandParser.NotCurlException {
        char c = text.charAt(i);
        switch (c) {
            case ' ', '\t' -> {
                endWord();
                return i + 1;
            }
            case '\n' -> {
                endWord();
                tokens.add(new Token(Kind.NEWLINE, "\n", origin[i], null));
                return i + 1;
            }
            case '\\' -> {
                return backslash(i);
            }
            case '\'' -> {
                return singleQuoted(i);
            }
            case '"' -> {
                return doubleQuoted(i);
            }
            case '$' -> {
                startWord(i);
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    return ansiC(i);
                }
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') { // $"…": bash's locale translation, read as "…"
                    return doubleQuoted(i + 1);
                }
                return dollar(i);
            }
            case '`' -> throw refused(i, "the command substitution `…` at " + at(i) + " runs another command, which an import cannot:"
                    + " replace it with its value");
            case '#' -> {
                if (wordStart < 0) {
                    return comment(i);
                }
                append(i, c);
                return i + 1;
            }
            case ';', '&', '|', '<', '>' -> {
                return operator(i);
            }
            case '(', ')' -> throw refused(i, "the unquoted `" + c + "` at " + at(i) + " is a shell syntax error: quote it");
            default -> {
                append(i, c);
                return i + 1;
            }
        }
    }

    private int backslash(int i) {
        if (i + 1 >= text.length()) {
            return i + 1;
        }
        char next = text.charAt(i + 1);
        if (next == '\n') {
            return i + 2; // bash removes a backslash-newline pair entirely
        }
        int lineEnd = text.indexOf('\n', i + 1);
        if ((next == ' ' || next == '\t') && lineEnd > 0 && text.substring(i + 1, lineEnd).isBlank()
                && !text.substring(lineEnd + 1).isBlank()) {
            notes.add("Repaired: the `\\` at " + at(i) + " has spaces after it, so a shell would end the command there; read as a"
                    + " line continuation.");
            return lineEnd + 1;
        }
        append(i, next);
        return i + 2;
    }

    private int singleQuoted(int i) throws CurlCommandParser.NotCurlException {
        startWord(i);
        int close = text.indexOf('\'', i + 1);
        if (close < 0) {
            throw unclosed(i, "single");
        }
        String inside = text.substring(i + 1, close);
        Matcher variable = QUOTED_VARIABLE.matcher(inside);
        int from = 0;
        while (variable.find()) {
            word.append(inside, from, variable.start());
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            notes.add("Repaired: `" + variable.group() + "` at " + at(i + 1 + variable.start()) + " is inside single quotes, where a"
                    + " shell sends it literally; read as the variable {{" + name + "}}.");
            addVariable(name);
            from = variable.end();
        }
        word.append(inside, from, inside.length());
        if (close > 0 && close + 1 < text.length() && Character.isLetter(text.charAt(close - 1))
                && Character.isLetter(text.charAt(close + 1))) {
            apostrophe = close;
            apostropheOpenedAt = i;
        }
        return close + 1;
    }

    private int doubleQuoted(int open) throws CurlCommandParser.NotCurlException {
        startWord(open);
        int i = open + 1;
        while (true) {
            if (i >= text.length()) {
                throw unclosed(open, "double");
            }
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\n') {
                    i += 2; // removed inside double quotes too
                } else if ("$`\"\\".indexOf(next) >= 0) {
                    word.append(next);
                    i += 2;
                } else {
                    word.append(c);
                    i++;
                }
            } else if (c == '$') {
                i = dollar(i);
            } else if (c == '`') {
                throw refused(i, "the command substitution `…` at " + at(i) + " runs another command, which an import cannot:"
                        + " replace it with its value");
            } else {
                word.append(c);
                i++;
            }
        }
    }

    /** {@code $'…'} (bash ANSI-C quoting): backslash escapes are decoded, nothing is expanded. */
    private int ansiC(int dollar) throws CurlCommandParser.NotCurlException {
        int i = dollar + 2;
        while (i < text.length() && text.charAt(i) != '\'') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                switch (next) {
                    case 'n' -> word.append('\n');
                    case 't' -> word.append('\t');
                    case 'r' -> word.append('\r');
                    case 'e', 'E' -> word.append('\u001b');
                    case 'x' -> {
                        int end = i + 2;
                        while (end < text.length() && end < i + 4 && Character.digit(text.charAt(end), 16) >= 0) {
                            end++;
                        }
                        word.append((char) Integer.parseInt(end > i + 2 ? text.substring(i + 2, end) : "0", 16));
                        i = end - 2;
                    }
                    default -> word.append(next);
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        if (i >= text.length()) {
            throw unclosed(dollar + 1, "single");
        }
        return i + 1;
    }

    /** {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}}, {@code $1} become {@code {{NAME}}}; a lone {@code $} stays. */
    private int dollar(int i) throws CurlCommandParser.NotCurlException {
        startWord(i);
        int next = i + 1;
        if (next < text.length() && text.charAt(next) == '(') {
            throw refused(i, "the command substitution $(…) at " + at(i) + " runs another command, which an import cannot:"
                    + " replace it with its value");
        }
        if (next < text.length() && text.charAt(next) == '{') {
            int close = text.indexOf('}', next);
            Matcher name = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[0-9]+").matcher(text);
            if (close > 0 && name.region(next + 1, close).lookingAt()) {
                addVariable(name.group());
                word.append("{{").append(name.group()).append("}}");
                return close + 1;
            }
        }
        int end = next;
        if (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        } else if (end < text.length() && isNameStart(text.charAt(end))) {
            while (end < text.length() && (isNameStart(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
                end++;
            }
        }
        if (end == next) {
            word.append('$');
            return next;
        }
        String name = text.substring(next, end);
        addVariable(name);
        word.append("{{").append(name).append("}}");
        return end;
    }

    private int comment(int i) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        String comment = text.substring(i, end).strip();
        if (end < text.length() && comment.endsWith("\\")) {
            tokens.add(new Token(Kind.NEWLINE, "\n", origin[end], at(i)));
            return end + 1;
        }
        return end;
    }

    private int operator(int i) {
        char c = text.charAt(i);
        boolean fileDescriptor = (c == '>' || c == '<') && word.toString().matches("[0-9]") && wordStart >= 0;
        if (fileDescriptor) {
            word.setLength(0);
            wordStart = -1;
        }
        endWord();
        int end = i + 1;
        if (end < text.length() && (text.charAt(end) == c || (c == '>' && text.charAt(end) == '&')
                || (c == '&' && text.charAt(end) == '>'))) {
            end++;
        }
        tokens.add(new Token(Kind.OPERATOR, text.substring(i, end), origin[i], null));
        return end;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private void addVariable(String name) {
        variables.add(name);
    }

    private void startWord(int i) {
        if (wordStart < 0) {
            wordStart = i;
        }
    }

    private void append(int i, char c) {
        startWord(i);
        word.append(c);
    }

    private void endWord() {
        if (wordStart >= 0) {
            tokens.add(new Token(Kind.WORD, word.toString(), origin[wordStart], null));
            word.setLength(0);
            wordStart = -1;
        }
    }

    private CurlCommandParser.NotCurlException unclosed(int open, String kind) {
        if (apostrophe >= 0) {
            return refused(apostrophe, "the apostrophe at " + at(apostrophe) + " closes the single quote opened at "
                    + at(apostropheOpenedAt) + ", so the rest of the text is cut apart: write it as '\\'' or quote the text with $'…'");
        }
        return refused(open, "the " + kind + " quote opened at " + at(open) + " is never closed");
    }

    private CurlCommandParser.NotCurlException refused(int i, String sentence) {
        return new CurlCommandParser.NotCurlException(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
    }

    private String at(int i) {
        return positions.at(origin[Math.min(i, origin.length - 1)]);
    }
}
