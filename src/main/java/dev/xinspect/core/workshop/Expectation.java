package dev.xinspect.core.workshop;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import java.util.List;
import java.util.Optional;

/**
 * What a student's exchange must show for a step to pass. Each kind checks one thing and explains the outcome in
 * one sentence; {@link ExpectationChecker} runs them. Status codes, problem type URIs, header names and checklist ids
 * are X's (or the knowledge base's) identifiers, compared verbatim.
 */
public sealed interface Expectation {

    /** A short label for lists: {@code status 429}. */
    String label();

    /** Whether the exchange (and its diagnosis) shows it, with the reason in one sentence. */
    ExpectationResult check(Exchange exchange, Diagnosis diagnosis);

    /** The response status. */
    record Status(int code) implements Expectation {
        public String label() {
            return "status " + code;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            return response(exchange, this).orElseGet(() -> {
                int got = exchange.response().status();
                return got == code ? ExpectationResult.holds(this, "The status is " + code + ".")
                        : ExpectationResult.fails(this, "The status is " + got + ", not " + code + ".");
            });
        }
    }

    /** A problem {@code type} URI in the body, at the top level or in one of its {@code errors}. */
    record ProblemType(String type) implements Expectation {
        public String label() {
            return "problem type " + type;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            return response(exchange, this).orElseGet(() -> {
                List<String> types = JsonBody.problemTypes(exchange.response().body());
                if (types.contains(type)) {
                    return ExpectationResult.holds(this, "The body carries the problem type " + type + ".");
                }
                return ExpectationResult.fails(this, types.isEmpty() ? "The body carries no problem type."
                        : "The body carries " + String.join(", ", types) + ", not " + type + ".");
            });
        }
    }

    /** The value at a JSON path of the body ({@code $.errors[0].title}), compared as text. */
    record JsonValue(String path, String value) implements Expectation {
        public String label() {
            return path + " = " + value;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            return response(exchange, this).orElseGet(() -> {
                Optional<String> found = JsonBody.valueAt(exchange.response().body(), path);
                if (found.isEmpty()) {
                    return ExpectationResult.fails(this, "The body has nothing at " + path + ".");
                }
                return found.get().equals(value) ? ExpectationResult.holds(this, path + " is " + value + ".")
                        : ExpectationResult.fails(this, path + " is " + found.get() + ", not " + value + ".");
            });
        }
    }

    /** A response header, present with any value ({@code value} empty) or with exactly that value. */
    record Header(String name, String value) implements Expectation {
        public Header {
            value = value == null ? "" : value;
        }

        public String label() {
            return value.isEmpty() ? "header " + name : "header " + name + ": " + value;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            return response(exchange, this).orElseGet(() -> {
                Optional<String> found = exchange.response().headers().first(name);
                if (found.isEmpty()) {
                    return ExpectationResult.fails(this, "The response has no " + name + " header.");
                }
                if (value.isEmpty() || found.get().equals(value)) {
                    return ExpectationResult.holds(this, "The response has " + name + ": " + found.get() + ".");
                }
                return ExpectationResult.fails(this, name + " is " + found.get() + ", not " + value + ".");
            });
        }
    }

    /** How the request was authenticated, read from the {@code Authorization} header that was sent. */
    record Auth(AuthMode mode) implements Expectation {
        public String label() {
            return "auth " + mode.label();
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            if (exchange.sentRequest().isEmpty()) {
                return ExpectationResult.fails(this, "There is no request to look at, only a response.");
            }
            AuthMode used = SentAuth.modeOf(exchange.request());
            return used == mode ? ExpectationResult.holds(this, "The request used " + mode.label() + ".")
                    : ExpectationResult.fails(this, "The request used " + used.label() + ", not " + mode.label() + ".");
        }
    }

    /** A finding of the diagnosis by its type: a problem slug ({@code usage-capped}), {@code status:429}, a hint id. */
    record FindingShown(String type) implements Expectation {
        public String label() {
            return "finding " + type;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            List<String> types = diagnosis.findings().stream().map(Finding::type).toList();
            return types.contains(type) ? ExpectationResult.holds(this, "The diagnosis shows the finding " + type + ".")
                    : ExpectationResult.fails(this, "The diagnosis shows " + (types.isEmpty() ? "no finding"
                    : String.join(", ", types)) + ", not " + type + ".");
        }
    }

    /** A checklist the diagnosis links, by its knowledge-base id ({@code rate-limits}). */
    record ChecklistShown(String id) implements Expectation {
        public String label() {
            return "checklist " + id;
        }

        public ExpectationResult check(Exchange exchange, Diagnosis diagnosis) {
            List<String> ids = diagnosis.checklistIds();
            return ids.contains(id) ? ExpectationResult.holds(this, "The diagnosis links the checklist " + id + ".")
                    : ExpectationResult.fails(this, "The diagnosis links " + (ids.isEmpty() ? "no checklist"
                    : String.join(", ", ids)) + ", not " + id + ".");
        }
    }

    /** A failed exchange has no response to look at: that is the reason, whatever was expected of it. */
    private static Optional<ExpectationResult> response(Exchange exchange, Expectation expectation) {
        Optional<ReceivedResponse> response = exchange.receivedResponse();
        return response.isPresent() ? Optional.empty() : Optional.of(ExpectationResult.fails(expectation,
                "No response came back (" + exchange.failure().message() + ")."));
    }
}
