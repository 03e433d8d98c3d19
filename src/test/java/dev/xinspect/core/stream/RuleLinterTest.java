package dev.xinspect.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLinterTest {
    private final RuleLinter linter = new RuleLinter();

    private List<String> messages(String rule) {
        return linter.lint(rule, RuleLinter.Level.BASIC, List.of("cat has:images")).stream().map(RuleLint::message).toList();
    }

    @Test
    void aGoodRuleHasNoLints() {
        assertEquals(List.of(), messages("(from:XDevelopers OR #xinspect) -is:retweet has:links lang:en \"api key: x\""));
    }

    @Test
    void lengthIsCheckedAgainstTheAccessLevel() {
        String rule = "a".repeat(600);
        assertEquals(List.of("The rule has 600 characters; your access level allows 512."), messages(rule));
        assertEquals(List.of(), linter.lint(rule, RuleLinter.Level.PRO, List.of()));
    }

    @Test
    void unbalancedQuotesAndParenthesesAreFoundWithTheirPlace() {
        assertEquals(List.of(new RuleLint("A quote is opened and never closed.", 4)),
                linter.lint("cat \"dog", RuleLinter.Level.BASIC, List.of()));
        assertEquals(List.of("1 parenthesis is never closed."), messages("(cat OR dog"));
        assertEquals(List.of("A closing parenthesis has no opening one."), messages("cat)"));
    }

    @Test
    void duplicatesAndUnknownOperatorsAreNamed() {
        assertEquals(List.of("This rule is already on the stream."), messages("cat has:images"));
        assertEquals(List.of("Unknown operator \"form:\".", "Unknown value \"has:photos\"."), messages("form:XDevelopers has:photos"));
    }

    @Test
    void aHandWrittenBodyWithUnescapedQuotesIsCaught() {
        assertEquals(1, linter.lintJsonBody("{\"add\":[{\"value\":\"\"hello world\" lang:en\"}]}").size());
        assertEquals(List.of(), linter.lintJsonBody("{\"add\":[{\"value\":\"\\\"hello world\\\" lang:en\"}]}"));
    }

    @Test
    void aRulesBodyTypedInTheEditorIsLintedRuleByRule() {
        RulesRequestCheck check = new RulesRequestCheck(new RuleLinter());
        String body = "{\"add\":[{\"value\":\"cat has:images\"},{\"value\":\"(dog\"},{\"value\":\"cat has:images\"}]}";

        String warning = check.check(new dev.xinspect.core.http.SentRequest("POST", "https://api.x.com/2/tweets/search/stream/rules",
                null, dev.xinspect.core.http.Body.ofText(body))).orElseThrow();

        assertTrue(warning.startsWith("Rule \"(dog\": "), warning);
        assertTrue(warning.contains("Rule \"cat has:images\": "), warning);
        assertTrue(check.check(new dev.xinspect.core.http.SentRequest("POST", "https://api.x.com/2/tweets",
                null, dev.xinspect.core.http.Body.ofText(body))).isEmpty(), "only rules requests are linted");
    }
}
