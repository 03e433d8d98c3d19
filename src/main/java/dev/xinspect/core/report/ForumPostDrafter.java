package dev.xinspect.core.report;

import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.FindingSource;
import dev.xinspect.core.diagnosis.Severity;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drafts a community forum post in the order the forum asks for (description, the API call, the response, what
 * was expected, steps taken, steps to reproduce, time frame, IDs, code), redacted. When the findings fall under
 * several topics it says so, and {@link #draftFor(ForumPostRequest, String)} narrows a draft to one topic.
 */
public final class ForumPostDrafter {
    private static final String GET_HELP = "get-help";

    private final Redactor redactor;
    private final CurlExporter curl;
    private final ResponseExcerpt excerpt = new ResponseExcerpt();
    private final JsonPrettyPrinter pretty = new JsonPrettyPrinter();

    public ForumPostDrafter(Redactor redactor) {
        this.redactor = redactor;
        this.curl = new CurlExporter(redactor);
    }

    public ForumPost draft(ForumPostRequest request) {
        return draftFor(request, null);
    }

    /** A draft about one topic only (a checklist id), or about all when {@code topic} is null. */
    public ForumPost draftFor(ForumPostRequest request, String topic) {
        List<Finding> findings = request.diagnosis().findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .filter(f -> topic == null || f.checklists().contains(topic)).toList();
        List<String> topics = topicsOf(request.diagnosis().findings());
        String title = title(request.exchange(), request.diagnosis(), findings);
        PostWriter post = new PostWriter();
        if (topic == null && topics.size() > 1) {
            post.note("This draft touches " + topics.size() + " topics (" + String.join(", ", topics) + "). The forum asks "
                    + "for one topic per post: consider posting one per topic.");
        }
        post.section("Description", request.description().isEmpty() ? prefilledDescription(request.exchange(), findings)
                : request.description());
        request.exchange().sentRequest().ifPresentOrElse(r -> apiCall(post, r),
                () -> post.section("The API call", "_Method, URL and headers of the request: fill in._"));
        request.exchange().receivedResponse().ifPresentOrElse(r -> response(post, r, request.diagnosis(), findings),
                () -> post.section("The response", "No response: " + request.exchange().failure().message()));
        post.section("What I expected", request.expected().isEmpty() ? "_Fill in: what should the API have returned?_"
                : request.expected());
        stepsTaken(post, request.stepsTaken(), topic);
        request.exchange().sentRequest().ifPresent(r -> post.code("Steps to reproduce", "bash", curl.export(r)));
        post.section("Time frame (UTC)", excerpt.timeFrame(request.exchange()));
        ids(post, request);
        if (!request.codeSample().isEmpty()) {
            post.code("Code sample", "", request.codeSample());
        }
        String markdown = redactor.redactText("# " + title + "\n\n" + post.text());
        return new ForumPost(redactor.redactText(title), markdown, topics);
    }

    private void apiCall(PostWriter post, SentRequest original) {
        SentRequest request = redactor.redact(original);
        post.line("## The API call\n");
        post.line("- Request: `" + request.method() + " " + request.url() + "`");
        post.line("- Authentication: " + authMode(original).label());
        post.codeBlock("http", request.headers().list().stream().map(h -> h.name() + ": " + h.value()).toList());
        if (!request.body().isEmpty()) {
            post.codeBlock("json", List.of(excerpt.trimmed(request.body().text())));
        }
    }

    private void response(PostWriter post, ReceivedResponse original, Diagnosis diagnosis, List<Finding> findings) {
        ReceivedResponse response = redactor.redact(original);
        post.line("## The response\n");
        String text = response.reason().isEmpty() && diagnosis.status() != null ? diagnosis.status().text() : response.reason();
        post.line("- Status: " + response.status() + (text.isEmpty() ? "" : " " + text));
        findings.stream().filter(f -> f.source() != FindingSource.HINT && f.source() != FindingSource.HEADER)
                .forEach(f -> post.line("- Error: `" + f.type() + "` " + f.title() + (f.detail().isEmpty() ? "" : ": " + f.detail())));
        post.codeBlock("http", excerpt.headersThatMatter(response.headers()));
        post.codeBlock("json", List.of(excerpt.trimmed(response.body().isText() ? pretty.format(response.body().text()).text().strip()
                : "(" + response.body().size() + " bytes of binary)")));
    }

    private static void stepsTaken(PostWriter post, List<TakenStep> steps, String topic) {
        List<String> lines = steps.stream().filter(s -> topic == null || s.checklistId().equals(topic))
                .map(s -> "- " + s.text() + " (`" + s.checklistId() + "`)").toList();
        post.section("Troubleshooting steps taken", lines.isEmpty() ? "_Fill in: what have you tried?_" : String.join("\n", lines));
    }

    private void ids(PostWriter post, ForumPostRequest request) {
        String url = request.exchange().sentRequest().map(SentRequest::url).orElse("");
        String postIds = excerpt.postIds(url);
        post.section("IDs", "- App ID: " + (request.appId().isEmpty() ? "_fill in (developer portal, App settings)_" : request.appId())
                + "\n- Post ID: " + (postIds.isEmpty() ? "_fill in if relevant_" : postIds));
    }

    private static String title(Exchange exchange, Diagnosis diagnosis, List<Finding> findings) {
        String what = findings.stream().findFirst().map(ForumPostDrafter::named)
                .orElse(diagnosis.status() == null ? "no response" : diagnosis.status().code() + " " + diagnosis.status().text());
        String status = diagnosis.status() == null ? "" : diagnosis.status().code() + " ";
        String where = exchange.sentRequest().map(r -> " on " + r.method() + " " + pathOf(r.url())).orElse("");
        return (status + (what.startsWith(status.strip()) ? what.substring(status.strip().length()).strip() : what) + where).strip();
    }

    /** A finding as a title names it: its problem type, or for a bare status its text ("500 Internal Server Error", not "status:500"). */
    private static String named(Finding finding) {
        return finding.source() == FindingSource.STATUS ? finding.title() : finding.type();
    }

    private static String prefilledDescription(Exchange exchange, List<Finding> findings) {
        String call = exchange.sentRequest().map(r -> "Calling `" + r.method() + " " + pathOf(r.url()) + "`").orElse("My request");
        String result = exchange.receivedResponse().map(r -> " returns " + r.status()).orElse(" gets no response");
        String because = findings.stream().findFirst().filter(f -> f.source() != FindingSource.STATUS)
                .map(f -> " (" + f.type() + ": " + (f.detail().isEmpty() ? f.title() : f.detail()) + ")").orElse("");
        return call + result + because + ".";
    }

    private static String pathOf(String url) {
        String withoutQuery = url.split("\\?", 2)[0];
        int scheme = withoutQuery.indexOf("://");
        int slash = scheme < 0 ? withoutQuery.indexOf('/') : withoutQuery.indexOf('/', scheme + 3);
        return slash < 0 ? withoutQuery : withoutQuery.substring(slash);
    }

    static AuthMode authMode(SentRequest request) {
        String value = request.headers().first("authorization").orElse("").trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("oauth ")) {
            return AuthMode.OAUTH1_USER;
        }
        if (value.startsWith("bearer ")) {
            return value.startsWith("bearer aaaaaaaaaaaaaaaaaaaa") ? AuthMode.OAUTH2_APP_ONLY : AuthMode.OAUTH2_USER;
        }
        return value.startsWith("basic ") ? AuthMode.BASIC : AuthMode.NONE;
    }

    private static List<String> topicsOf(List<Finding> findings) {
        Set<String> topics = new LinkedHashSet<>();
        findings.stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> f.checklists().stream().filter(id -> !id.equals(GET_HELP)).findFirst().ifPresent(topics::add));
        return List.copyOf(topics);
    }
}
