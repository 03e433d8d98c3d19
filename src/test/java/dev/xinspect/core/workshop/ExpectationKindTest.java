package dev.xinspect.core.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xinspect.core.http.AuthMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the authoring form accepts is what a workshop file holds, and a wrong value is named in one sentence. */
class ExpectationKindTest {
    private static final List<Expectation> ONE_OF_EACH = List.of(new Expectation.Status(429),
            new Expectation.ProblemType("https://api.twitter.com/2/problems/usage-capped"),
            new Expectation.JsonValue("$.errors[0].title", "Not Found Error"), new Expectation.Header("x-rate-limit-remaining", ""),
            new Expectation.Header("content-type", "application/json; charset=utf-8"), new Expectation.Auth(AuthMode.OAUTH2_APP_ONLY),
            new Expectation.Auth(AuthMode.BASIC), new Expectation.FindingShown("usage-capped"), new Expectation.ChecklistShown("rate-limits"));

    @Test
    void everyExpectationTakenApartIsMadeAgainAndSurvivesTheFile() throws Exception {
        for (Expectation expectation : ONE_OF_EACH) {
            ExpectationKind.Made made = ExpectationKind.of(expectation);
            assertEquals(expectation, made.kind().make(made.first(), made.second()), made.toString());
        }
        WorkshopStep step = new WorkshopStep("S", "", "normal", new StepRequest("", "GET", "{{baseUrl}}/2/users/me", List.of(), "",
                StepAuth.APP_ONLY), "", List.of(), List.of()).withExpectations(ONE_OF_EACH);
        WorkshopJson json = new WorkshopJson();
        Workshop read = json.read(json.write(new Workshop("w", "T", "", List.of(step))), "w", "w.json");
        assertEquals(ONE_OF_EACH, read.steps().get(0).expectations());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STATUS|abc||A status is a number from 100 to 599; \"abc\" is not one.",
            "STATUS|42||A status is a number from 100 to 599; \"42\" is not one.",
            "STATUS|99999999999||A status is a number from 100 to 599; \"99999999999\" is not one.",
            "STATUS|  ||Fill in the status code.",
            "JSON_VALUE|data.id|1|A JSON path starts with $, as in $.data.id.",
            "AUTH_MODE|oauth3||\"oauth3\" is no auth mode; use none, app-only, oauth1-user, oauth2-user or basic.",
            "HEADER|||Fill in the header name.",
    })
    void wrongValuesAreNamed(ExpectationKind kind, String first, String second, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> kind.make(first, second)).getMessage());
    }
}
