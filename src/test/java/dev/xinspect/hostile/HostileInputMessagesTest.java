package dev.xinspect.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.diagnosis.Diagnosis;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.http.UnreadableInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a user reads for the generated inputs: the limit or the odd number named in one sentence, the rest diagnosed. */
class HostileInputMessagesTest {
    private static final Map<String, HostileInputs.Input> INPUTS = new HostileInputs(HostileInputs.seed()).all().stream()
            .collect(Collectors.toMap(HostileInputs.Input::name, Function.identity()));
    private final ExchangeReader reader = new ExchangeReader();
    private final CoreWiring core = new CoreWiring(Clock.fixed(Instant.ofEpochSecond(1795514400L), ZoneOffset.UTC), ZoneOffset.UTC);

    private List<Exchange> read(String name) throws UnreadableInputException {
        return reader.read(INPUTS.get(name).bytes());
    }

    private Diagnosis diagnose(String name) throws UnreadableInputException {
        return core.diagnoser().diagnose(read(name).get(0));
    }

    private static String all(Diagnosis diagnosis) {
        return diagnosis.notes() + " " + diagnosis.findings().stream().map(f -> f.title() + ": " + f.detail()).toList();
    }

    @Test
    void aBodyNestedPastTheLimitIsShownAsTextWithOneSentence() throws Exception {
        Diagnosis diagnosis = diagnose("deep nesting in a raw response");
        assertEquals(List.of("The body is nested deeper than 1,000 levels; it is shown as text and was not diagnosed as JSON."),
                diagnosis.notes());
        assertEquals(200, diagnosis.status().code());
    }

    @Test
    void aPasteNestedPastTheLimitIsRefusedWithOneSentence() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read("deep nesting as a bare JSON body"));
        assertEquals("The input starts like JSON but does not parse (it is nested deeper than 1,000 levels).", e.getMessage());
    }

    @Test
    void aHarBodyPastJacksonsDefaultStringLimitIsRead() throws Exception {
        Exchange exchange = read("a HAR body string past Jackson's 20 M default").get(0);
        assertTrue(exchange.response().body().size() > 20_000_000);
    }

    @Test
    void aNumberPastTheLimitIsNamed() throws Exception {
        assertEquals(List.of("The body holds a number longer than 1,000 digits; it is shown as text and was not diagnosed as JSON."),
                diagnose("a number of 5,000 digits").notes());
    }

    @Test
    void aHarWithTenThousandEntriesIsRead() throws Exception {
        assertEquals(10_000, read("a HAR with 10,000 entries").size());
    }

    @Test
    void resetTimesThatAreNotTimesAreNotes() throws Exception {
        Diagnosis huge = diagnose("x-rate-limit-reset near Long.MAX_VALUE");
        assertTrue(huge.notes().stream().anyMatch(n -> n.startsWith("x-rate-limit-reset is 92233720368547")
                && n.endsWith(", not a time between 1970 and 9999 (seconds since 1970); it was left out.")), huge.notes().toString());
        assertEquals(0, huge.pressingRateLimit().orElseThrow().resetEpoch());
        assertTrue(all(diagnose("a negative x-rate-limit-reset")).contains("x-rate-limit-reset is -"));
        assertTrue(all(diagnose("a 40-digit x-rate-limit-reset and limits")).contains("x-app-limit-24hour-reset is "));
    }

    @Test
    void aTwentyDigitOauthTimestampIsAFindingNotACrash() throws Exception {
        Finding finding = diagnose("a 20-digit oauth_timestamp").findings().stream()
                .filter(f -> f.type().equals("hint:clock-skew")).findFirst().orElseThrow();
        assertEquals("The request's oauth_timestamp is not a time", finding.title());
    }

    @Test
    void aJwtExpiryOfPlusOrMinus1e17IsAFinding() throws Exception {
        for (String name : List.of("a JWT with exp 1e17", "a JWT with exp -1e17", "a JWT with exp as text and aud as a number")) {
            Finding finding = diagnose(name).findings().stream().filter(f -> f.type().equals("hint:expired-token")).findFirst()
                    .orElseThrow(() -> new AssertionError(name));
            assertTrue(finding.detail().startsWith("The token's "), finding.detail());
        }
    }

    @Test
    void theGzipBombStaysCompressedAndIsSaidToBe() throws Exception {
        Diagnosis diagnosis = diagnose("a gzip bomb labelled gzip");
        assertTrue(diagnosis.notes().get(0).startsWith("The body is gzip-compressed data that was not decoded"), diagnosis.notes().toString());
    }
}
