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

    private List<String> blocking(String rule) {
        return linter.lint(rule, RuleLinter.Level.BASIC, List.of()).stream().filter(RuleLint::blocking).map(RuleLint::message).toList();
    }

    // X's "Build a rule": has:media and has:links OR is:retweet are refused, "X data" has:mentions (has:media OR has:links) works.
    @Test
    void operatorsThatCannotStandAloneAreRefusedAsXRefusesThem() {
        for (String rule : List.of("is:retweet", "has:media lang:en", "has:links OR is:retweet", "(has:media OR has:links) -cat")) {
            List<String> found = blocking(rule);
            assertEquals(1, found.size(), rule + " " + found);
            assertTrue(found.get(0).startsWith("is/has/lang cannot be used as a standalone operator"), found.get(0));
        }
        assertEquals(List.of(), blocking("\"X data\" has:mentions (has:media OR has:links)"));
        assertEquals(List.of(), blocking("#xapiv2"));
        assertEquals(List.of(), blocking("from:XDevelopers -is:retweet lang:en"));
    }

    @Test
    void aRuleOfNegationsOnlyIsRefused() {
        assertEquals(List.of("Rules must contain a non-negation term: a rule or query of exclusions only is refused."),
                blocking("-is:retweet"));
        assertEquals(1, blocking("-cat -dog").size());
    }

    @Test
    void groupingQuotesAndNegationFollowXsRules() {
        assertTrue(blocking("skiing -(snow OR day)").get(0).startsWith("Do not negate a group"));
        assertEquals(List.of("OR needs a term on each side."), blocking("cat OR"));
        assertEquals(List.of("OR needs a term on each side."), blocking("OR cat"));
        assertEquals(List.of("Empty parentheses."), blocking("cat ()"));
        assertEquals(List.of("is:nullcast can only be used negated: write -is:nullcast."), blocking("cat is:nullcast"));
        assertEquals(List.of(), blocking("\"is:retweet OR ( -\" cat"), "operators and parentheses inside a phrase are text");
        assertEquals(List.of(), blocking("url:\"https://developer.x.com\""));
    }

    @Test
    void mixingAndWithOrWithoutParenthesesIsAdviceNotARefusal() {
        List<RuleLint> lints = linter.lint("apple banana OR cherry", RuleLinter.Level.BASIC, List.of());
        assertEquals(1, lints.size());
        assertTrue(!lints.get(0).blocking() && lints.get(0).message().startsWith("AND binds before OR"), lints.toString());
        assertEquals(List.of(), linter.lint("apple (banana OR cherry)", RuleLinter.Level.BASIC, List.of()));
    }

    @Test
    void searchQueriesUseSearchsOperatorsAndLengths() {
        assertEquals(List.of("Unknown operator \"bio:\" in a search query (it exists for stream rules only)."),
                linter.lintQuery("bio:cats", RuleLinter.SearchLevel.RECENT).stream().map(RuleLint::message).toList());
        assertEquals(List.of(), linter.lintQuery("list:123 cats", RuleLinter.SearchLevel.RECENT));
        String long600 = "cat ".repeat(150).strip();
        assertEquals(1, linter.lintQuery(long600, RuleLinter.SearchLevel.RECENT).size());
        assertEquals(List.of(), linter.lintQuery(long600, RuleLinter.SearchLevel.FULL_ARCHIVE));
        assertTrue(linter.lintQuery("has:media", RuleLinter.SearchLevel.RECENT).get(0).message().startsWith("is/has/lang"));
    }

    @Test
    void theEditorsCheckLintsSearchQueriesBeforeSending() {
        RulesRequestCheck check = new RulesRequestCheck(new RuleLinter());
        String warning = check.check(new dev.xinspect.core.http.SentRequest("GET",
                "https://api.x.com/2/tweets/search/recent?query=-is%3Aretweet", null, dev.xinspect.core.http.Body.EMPTY)).orElseThrow();
        assertTrue(warning.startsWith("query: Rules must contain a non-negation term"), warning);
        assertTrue(check.check(new dev.xinspect.core.http.SentRequest("GET",
                "https://api.x.com/2/tweets/search/all?query=cats%20OR%20dogs%20-is%3Aretweet", null,
                dev.xinspect.core.http.Body.EMPTY)).isEmpty());
    }
}
