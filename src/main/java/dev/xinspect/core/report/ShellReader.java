package dev.xinspect.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted text as the shell it was written for (bash, or Windows {@code cmd} and PowerShell when their
 * continuations show it) and finds the curl command in it: its words, the variables it uses, and notes about the
 * rest of the text (pipes, redirections, other commands) and what was repaired. A text whose curl command a shell
 * would not run as it looks is refused with one sentence naming line and column.
 */
final class ShellReader {
    /** The curl command's words (the first is curl itself), the variables met, and the notes. */
    record Reading(List<ShellWord> words, List<String> variables, List<String> notes) {
    }

    private record Command(List<ShellWord> words, ShellLexer.Token end) {
    }

    private static final Pattern PROMPT = Pattern.compile("\\A(\\s*)([$%>] )(?=\\s*(?:\\S*/)?curl(?:\\.exe)?\\s)");
    /** Commands that run the next word as a command: {@code sudo curl …}, {@code proxychains curl …}. */
    private static final Pattern WRAPPER = Pattern.compile("sudo|time|command|exec|env|nohup|proxychains4?|torsocks|[A-Za-z_][A-Za-z0-9_]*=.*",
            Pattern.DOTALL);

    private ShellReader() {
    }

    static Reading read(String pasted) throws CurlCommandParser.NotCurlException {
        List<String> notes = new ArrayList<>();
        String text = normalize(pasted, notes);
        TextPosition positions = new TextPosition(text);
        WindowsShells.Translation bash = WindowsShells.isCmd(text) ? WindowsShells.fromCmd(text)
                : WindowsShells.isPowerShell(text) ? WindowsShells.fromPowerShell(text) : WindowsShells.identity(text);
        ShellLexer lexer = new ShellLexer(bash.text(), bash.origin(), positions);
        List<Command> commands = commands(lexer.tokens(), positions, notes);
        notes.addAll(lexer.notes());
        int curl = indexOfCurl(commands);
        if (curl < 0) {
            throw new CurlCommandParser.NotCurlException(commands.isEmpty() ? "There is no command in the text."
                    : "This does not start with curl: the first command is `" + commands.get(0).words().get(0).text() + "`.");
        }
        Command command = commands.get(curl);
        if (curl > 0) {
            notes.add("Only the curl command is imported; `" + preview(commands.get(0)) + "` before it at "
                    + commands.get(0).words().get(0).at() + " is not run.");
        }
        checkWhatFollows(command, curl + 1 < commands.size() ? commands.get(curl + 1) : null, positions, notes);
        List<ShellWord> words = command.words();
        int start = 0;
        while (WRAPPER.matcher(words.get(start).text()).matches()) {
            notes.add("Not imported: `" + words.get(start).text() + "` before curl.");
            start++;
        }
        return new Reading(words.subList(start, words.size()), lexer.variables(), notes);
    }

    /** Clipboard and web-page artefacts that are no part of the command: CRLF, a BOM, typographic quotes, a prompt. */
    private static String normalize(String pasted, List<String> notes) {
        String text = pasted.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1);
        }
        if (text.matches("(?s).*[\u201C\u201D\u2018\u2019].*")) {
            notes.add("Repaired: typographic quotes (“ ” ‘ ’), as blogs and word processors print them, were read as plain quotes.");
            text = text.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        }
        if (text.indexOf('\u00A0') >= 0) {
            notes.add("Repaired: non-breaking spaces, as web pages print them, were read as spaces.");
            text = text.replace('\u00A0', ' ');
        }
        Matcher prompt = PROMPT.matcher(text);
        if (prompt.find()) {
            notes.add("Repaired: the shell prompt `" + prompt.group(2).strip() + "` before curl was left out.");
            text = prompt.replaceFirst("$1  ");
        }
        return text;
    }

    /** Splits the tokens into commands at line ends and control operators; redirections are noted and left out. */
    private static List<Command> commands(List<ShellLexer.Token> tokens, TextPosition positions, List<String> notes) {
        List<Command> commands = new ArrayList<>();
        List<ShellWord> words = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            ShellLexer.Token token = tokens.get(k);
            if (token.kind() == ShellLexer.Kind.WORD) {
                words.add(new ShellWord(token.text(), positions.line(token.at()), positions.column(token.at())));
            } else if (isRedirection(token.text())) {
                boolean hasTarget = k + 1 < tokens.size() && tokens.get(k + 1).kind() == ShellLexer.Kind.WORD;
                String target = hasTarget ? tokens.get(++k).text() : "";
                notes.add("Not imported: the redirection `" + token.text() + (target.isEmpty() ? "" : " " + target) + "` at "
                        + positions.at(token.at()) + (token.text().startsWith("<") ? " (curl's input)." : " (curl's output)."));
            } else if (!words.isEmpty()) {
                commands.add(new Command(List.copyOf(words), token));
                words.clear();
            } else if (token.kind() == ShellLexer.Kind.OPERATOR && !commands.isEmpty()) {
                commands.set(commands.size() - 1, new Command(commands.get(commands.size() - 1).words(), token));
            }
        }
        if (!words.isEmpty()) {
            commands.add(new Command(List.copyOf(words), null));
        }
        return commands;
    }

    private static boolean isRedirection(String operator) {
        return operator.startsWith("<") || operator.startsWith(">") || operator.equals("&>");
    }

    private static int indexOfCurl(List<Command> commands) {
        for (int i = 0; i < commands.size(); i++) {
            for (ShellWord word : commands.get(i).words()) {
                if (word.text().matches("(?:.*[/\\\\])?curl(?:\\.exe)?")) {
                    return i;
                }
                if (!WRAPPER.matcher(word.text()).matches()) {
                    break;
                }
            }
        }
        return -1;
    }

    /** What ends the curl command decides whether the next words reach it. */
    private static void checkWhatFollows(Command curl, Command next, TextPosition positions, List<String> notes)
            throws CurlCommandParser.NotCurlException {
        ShellLexer.Token end = curl.end();
        if (end == null) {
            return;
        }
        String operator = end.text();
        if (end.kind() == ShellLexer.Kind.NEWLINE) {
            if (next == null) {
                return;
            }
            if (next.words().get(0).text().equals("curl")) {
                notes.add("Only the first curl command is imported; another starts at " + next.words().get(0).at() + ".");
                return;
            }
            String cut = "`" + preview(next) + "` never reaches curl";
            throw new CurlCommandParser.NotCurlException(end.commentHidingContinuation() != null
                    ? "The comment at " + end.commentHidingContinuation() + " swallows the `\\` at its end, so " + cut + "."
                    : "Line " + positions.line(end.at()) + " does not end in `\\`, so " + cut + ".");
        }
        switch (operator) {
            case "&" -> {
                if (next != null) {
                    boolean url = curl.words().get(curl.words().size() - 1).text().contains("://");
                    throw new CurlCommandParser.NotCurlException("Unquoted `&` at " + positions.at(end.at())
                            + " ends the command: " + (url ? "quote the URL." : "quote it."));
                }
                notes.add("Not imported: the `&` at " + positions.at(end.at()) + " runs curl in the background.");
            }
            case "|" -> notes.add("Not imported: curl's output goes on to `" + (next == null ? "" : preview(next)) + "` through the `|` at "
                    + positions.at(end.at()) + ".");
            default -> {
                if (next != null) {
                    notes.add("Only the curl command is imported; `" + preview(next) + "` after the `" + operator + "` at "
                            + positions.at(end.at()) + " is not run.");
                }
            }
        }
    }

    /**
     * The first word and an ellipsis when more follows: {@code --data …}; line breaks and other control characters as
     * escapes, so the message stays one line (a word may be {@code $'\n'}).
     */
    private static String preview(Command command) {
        StringBuilder word = new StringBuilder();
        command.words().get(0).text().codePoints().forEach(c -> word.append(c == '\n' ? "\\n" : c == '\t' ? "\\t"
                : Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return word + (command.words().size() > 1 ? " …" : "");
    }
}
