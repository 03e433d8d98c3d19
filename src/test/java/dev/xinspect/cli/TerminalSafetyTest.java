package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No CLI output carries a raw control character other than newline and tab, headings included. */
class TerminalSafetyTest {
    /** A HAR whose URLs and methods hold escape sequences: a title change, a colour, a cursor move, a C1 CSI. */
    private static final String HOSTILE_HAR = """
            {"log":{"entries":[
             {"request":{"method":"GET\\u001b[2J","url":"https://api.x.com/2/users/me?x=\\u001b]0;pwned\\u0007","headers":[]},
              "response":{"status":200,"headers":[],"content":{"text":"{}"}}},
             {"request":{"method":"GET","url":"https://api.x.com/2/\\u001b[31mred\\u009b1A\\r","headers":[]},
              "response":{"status":503,"headers":[],"content":{"text":""}}}]}}""";

    @Test
    void escapesAreShownNotObeyed(@TempDir Path dir) throws Exception {
        Path har = Files.writeString(dir.resolve("hostile.har"), HOSTILE_HAR);

        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRun run = new CliRun("explain", "--format", format, har.toString());
            assertEquals(0, run.exitCode, run.err());
            assertNoControl(run.out());
        }
        CliRun text = new CliRun("explain", har.toString());
        assertTrue(text.out().contains("Entry 1: GET\\u001b[2J https://api.x.com/2/users/me?x=\\u001b]0;pwned\\u0007"), text.out());
        for (String format : new String[] {"har", "curl", "httpie", "xurl"}) {
            assertNoControl(new CliRun("export", "--format", format, har.toString()).out());
        }
        assertNoControl(new CliRun("report", har.toString()).out());
    }

    @Test
    void errorsAndPicocliMessagesAreEscapedToo(@TempDir Path dir) {
        CliRun missing = new CliRun("explain", dir.resolve("no\u001b[31mfile").toString());
        assertNoControl(missing.err());
        assertTrue(missing.err().contains("\\u001b[31m"), missing.err());

        CliRun unknown = new CliRun("explain", "--\u001b]0;title\u0007");
        assertNoControl(unknown.err());
        assertEquals(2, unknown.exitCode);
    }

    @Test
    void newlineAndTabStay() {
        assertEquals("a\tb\nc\\u001b\\u000d\\u009b\\u007f", TerminalText.escape("a\tb\nc\u001b\r\u009b\u007f"));
    }

    private static void assertNoControl(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(TerminalText.isControl(c), "raw control character U+" + Integer.toHexString(c) + " in:\n" + text);
        }
    }
}
