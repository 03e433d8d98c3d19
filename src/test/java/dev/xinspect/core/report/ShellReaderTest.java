package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell reading of pasted commands: what bash (or cmd, or PowerShell) would make of them, and the sentences for what it would not run. */
class ShellReaderTest {
    private final CurlCommandParser parser = new CurlCommandParser();

    private String refusal(String command) {
        return assertThrows(CurlCommandParser.NotCurlException.class, () -> parser.parse(command)).getMessage();
    }

    @Test
    void backslashNewlineIsRemovedInsideDoubleQuotesAndKeptInsideSingleQuotes() throws Exception {
        assertEquals("https://api.x.com/2/users/me?user.fields=id", parser.parse("curl \"https://api.x.com/2/users/me?\\\nuser.fields=id\"").url());
        assertEquals("a\\\nb", parser.parse("curl https://api.x.com/2/tweets --data-raw 'a\\\nb'").body());
        assertEquals("https://api.x.com/2/users/me", parser.parse("curl \\\n  https://api.x.com/2/users/me").url());
    }

    @Test
    void variablesBecomeTemplatesWhereverTheyStand() throws Exception {
        ImportedRequest imported = parser.parse("curl \"$BASE/2/tweets/${ID}\" -H \"Authorization: Bearer $BEARER_TOKEN\" "
                + "-F \"media_id=$1\" -u \"$KEY:$SECRET\"");

        assertEquals("{{BASE}}/2/tweets/{{ID}}", imported.url());
        assertEquals(List.of(new Header("Authorization", "Bearer {{BEARER_TOKEN}}")), imported.headers(),
                "-H wins over -u, as curl sends only the custom header");
        assertEquals(List.of(FormPart.text("media_id", "{{1}}")), imported.parts());
        assertEquals(List.of("BASE", "ID", "BEARER_TOKEN", "1", "KEY", "SECRET"), imported.variables());
        assertEquals("Basic {{base64({{KEY}}:{{SECRET}})}}", parser.parse("curl -u \"$KEY:$SECRET\" https://x.test").header("authorization"));
    }

    @Test
    void theIssuesThreeBrokenShapesAreRefusedWithLineColumnAndCause() {
        assertEquals("Line 3 does not end in `\\`, so `--data …` never reaches curl.",
                refusal("curl -X POST https://api.x.com/2/tweets \\\n  -H 'Content-Type: application/json' \\\n"
                        + "  -H 'Authorization: Bearer x'\n  --data '{\"text\":\"hi\"}'"));
        assertEquals("The single quote opened at line 2, column 10 is never closed.",
                refusal("curl -X POST https://api.x.com/2/tweets \\\n  --data '{\"text\":\"hi\"}"));
        assertEquals("Unquoted `&` at line 1, column 62 ends the command: quote the URL.",
                refusal("curl https://api.x.com/2/tweets/search/recent?query=from:XDev&max_results=10 -H 'a: b'"));
        assertTrue(refusal("curl https://api.x.com/2/tweets -d '{\"text\": \"I don't know\"}'")
                .startsWith("The apostrophe at line 1, column 52 closes the single quote opened at line 1, column 36"));
    }

    @Test
    void pipesRedirectionsAndOtherCommandsAreNotedNotImported() throws Exception {
        ImportedRequest imported = parser.parse("export X=1; curl -s https://api.x.com/2/users/me > me.json 2>&1 | jq .");

        assertEquals("https://api.x.com/2/users/me", imported.url());
        assertTrue(imported.notes().stream().anyMatch(n -> n.startsWith("Only the curl command is imported; `export …`")), imported.notes()::toString);
        assertTrue(imported.notes().stream().anyMatch(n -> n.startsWith("Not imported: the redirection `> me.json`")), imported.notes()::toString);
        assertTrue(imported.notes().stream().anyMatch(n -> n.startsWith("Not imported: curl's output goes on to `jq …`")), imported.notes()::toString);
        assertTrue(parser.parse("# fetch me\ncurl https://api.x.com/2/users/me # trailing comment").notes().isEmpty());
    }

    @Test
    void windowsContinuationsAreReadAsTheirShellReadsThem() throws Exception {
        ImportedRequest cmd = parser.parse("curl ^\"https://api.x.com/2/tweets^\" ^\n  -H ^\"content-type: application/json^\" ^\n"
                + "  --data-raw ^\"^{^\\^\"text^\\^\":^\\^\"hi %USERNAME%^\\^\"^}^\"");
        assertEquals("https://api.x.com/2/tweets", cmd.url());
        assertEquals("{\"text\":\"hi {{USERNAME}}\"}", cmd.body());

        ImportedRequest powershell = parser.parse("curl.exe -X POST `\n  -H \"Authorization: Bearer $env:TOKEN\" `\n"
                + "  -d '{\"text\": \"it''s ok\"}' `\n  https://api.x.com/2/tweets");
        assertEquals("Bearer {{TOKEN}}", powershell.header("authorization"));
        assertEquals("{\"text\": \"it's ok\"}", powershell.body());
    }

    @Test
    void curlsOwnRefusalsAreRefusedToo() {
        assertTrue(refusal("curl https://api.x.com/2/media/upload -d a=1 -F media=@x.jpg").contains("cannot go together"));
        assertTrue(refusal("curl -H").startsWith("The -H at line 1, column 6 needs a value"));
        assertTrue(refusal("curl \"https://api.x.com/2/users/me\n?x=1\"").startsWith("The URL at line 1, column 6 goes over more than one line"));
        assertTrue(refusal("curl https://api.x.com/2/users/me -H \"x: $(cat token)\"").startsWith("The command substitution $(…) at line 1, column 42"));
    }
}
