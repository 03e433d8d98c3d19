package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written scanners that replaced per-character regex passes find exactly what the regexes found. */
class RedactionScannersTest {
    /** Characters that matter to name=value pairs, plus letters that spell secret names. */
    private static final String ALPHABET = "tokencdpaswr_=&?;# \t\n\"%.xyzTOKEN";

    /** The earlier implementation: NAME_VALUE tried at every character. */
    private static String byRegex(String text) {
        Matcher matcher = Redactor.NAME_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = SecretNames.label(matcher.group(1)).map(label -> matcher.group(1) + "=" + SecretNames.marker(label))
                    .orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    @Test
    void namedValuesMatchesTheRegexOnRealShapes() {
        for (String text : new String[] {"access_token=abc&x=1", "?code=xyz#frag", "a=1;token=t2 password=p\"q",
                "xtoken=keep&token=drop", "token==a=b&code=", "=token=x", "text \"token=inquotes\" end", "TOKEN=upper"}) {
            assertEquals(byRegex(text), Redactor.namedValues(text), text);
        }
        assertEquals("access_token=[redacted: access token]&x=1", Redactor.namedValues("access_token=abc&x=1"));
    }

    @Test
    void namedValuesMatchesTheRegexOnRandomText() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(6) == 0 ? "token" : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
            assertEquals(byRegex(text.toString()), Redactor.namedValues(text.toString()), text.toString());
        }
    }

    @Test
    void aKeywordIsFoundInAnyCaseAndOnlyWhereItIs() {
        assertTrue(SecretPatterns.containsIgnoringCase("Authorization: BeArEr xyz", "bearer"));
        assertTrue(SecretPatterns.containsIgnoringCase("oauth_token=1", "oauth_"));
        assertFalse(SecretPatterns.containsIgnoringCase("bear basics", "bearer"));
        assertFalse(SecretPatterns.containsIgnoringCase("", "basic"));
    }
}
