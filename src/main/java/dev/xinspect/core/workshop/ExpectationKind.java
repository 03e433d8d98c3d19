package dev.xinspect.core.workshop;

import dev.xinspect.core.http.AuthMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of {@link Expectation} an author can add by hand, each made from at most two typed values, with the
 * labels a form shows for them. {@link #make} checks the values as strictly as {@link WorkshopJson} reads a file, so
 * what the authoring window accepts is what a saved workshop can hold.
 */
public enum ExpectationKind {
    STATUS("Status", "the status code", "Status code", ""),
    PROBLEM_TYPE("Problem type", "the problem type URI", "Problem type URI", ""),
    JSON_VALUE("Value at a JSON path", "the JSON path", "JSON path ($.data.id)", "Equals"),
    HEADER("Response header", "the header name", "Header name", "Value (empty: any value)"),
    AUTH_MODE("Auth mode used", "the auth mode", "none, app-only, oauth1-user, oauth2-user or basic", ""),
    FINDING("Finding shown", "the finding type", "Finding type (usage-capped, status:429)", ""),
    CHECKLIST("Checklist linked", "the checklist id", "Checklist id (rate-limits)", "");

    private static final String BASIC = "basic";

    private final String label;
    private final String what;
    private final String firstPrompt;
    private final String secondPrompt;

    ExpectationKind(String label, String what, String firstPrompt, String secondPrompt) {
        this.label = label;
        this.what = what;
        this.firstPrompt = firstPrompt;
        this.secondPrompt = secondPrompt;
    }

    public String label() {
        return label;
    }

    /** What the first value is; every kind has one. */
    public String firstPrompt() {
        return firstPrompt;
    }

    /** What the second value is; empty when the kind takes one value. */
    public String secondPrompt() {
        return secondPrompt;
    }

    public boolean takesSecond() {
        return !secondPrompt.isEmpty();
    }

    /**
     * The expectation these values describe.
     *
     * @throws IllegalArgumentException with one sentence saying what is wrong with the values
     */
    public Expectation make(String first, String second) {
        String value = first == null ? "" : first.strip();
        String other = second == null ? "" : second.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Fill in " + what + ".");
        }
        return switch (this) {
            case STATUS -> new Expectation.Status(status(value));
            case PROBLEM_TYPE -> new Expectation.ProblemType(value);
            case JSON_VALUE -> {
                JsonBody.pointer(value);
                yield new Expectation.JsonValue(value, other);
            }
            case HEADER -> new Expectation.Header(value, other);
            case AUTH_MODE -> new Expectation.Auth(authMode(value).orElseThrow(() -> new IllegalArgumentException(
                    "\"" + value + "\" is no auth mode; use none, app-only, oauth1-user, oauth2-user or basic.")));
            case FINDING -> new Expectation.FindingShown(value);
            case CHECKLIST -> new Expectation.ChecklistShown(value);
        };
    }

    /** The kind and the values that make {@code expectation} again, for editing it. */
    public static Made of(Expectation expectation) {
        return switch (expectation) {
            case Expectation.Status s -> new Made(STATUS, String.valueOf(s.code()), "");
            case Expectation.ProblemType p -> new Made(PROBLEM_TYPE, p.type(), "");
            case Expectation.JsonValue j -> new Made(JSON_VALUE, j.path(), j.value());
            case Expectation.Header h -> new Made(HEADER, h.name(), h.value());
            case Expectation.Auth a -> new Made(AUTH_MODE, authWord(a.mode()), "");
            case Expectation.FindingShown f -> new Made(FINDING, f.type(), "");
            case Expectation.ChecklistShown c -> new Made(CHECKLIST, c.id(), "");
        };
    }

    /** An expectation taken apart into its kind and typed values. */
    public record Made(ExpectationKind kind, String first, String second) {
        public List<String> values() {
            return kind.takesSecond() ? List.of(first, second) : List.of(first);
        }
    }

    /** The auth mode a workshop spells {@code word}: a {@link StepAuth} word or {@code basic}. */
    static Optional<AuthMode> authMode(String word) {
        return word.equals(BASIC) ? Optional.of(AuthMode.BASIC) : StepAuth.of(word).map(StepAuth::mode);
    }

    /** The word a workshop spells {@code mode} with. */
    static String authWord(AuthMode mode) {
        return mode == AuthMode.BASIC ? BASIC
                : Arrays.stream(StepAuth.values()).filter(a -> a.mode() == mode).findFirst().orElseThrow().word();
    }

    private static int status(String value) {
        try {
            int code = Integer.parseInt(value);
            if (code >= 100 && code <= 599) {
                return code;
            }
        } catch (NumberFormatException notANumber) {
            // Said below, as for a number out of range.
        }
        throw new IllegalArgumentException("A status is a number from 100 to 599; \"" + value + "\" is not one.");
    }
}
