package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.report.HarSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAExportTestTokenValue0123456789abcdef";
    private static final String TWO_ENTRIES = """
            {"log":{"entries":[
             {"request":{"method":"GET","url":"https://api.x.com/2/tweets/20?access_token=%s","headers":[{"name":"Authorization","value":"Bearer %s"}]},
              "response":{"status":200,"headers":[{"name":"x-transaction-id","value":"0a1b2c3d4e5f6a7b"}],"content":{"text":"{}"}}},
             {"request":{"method":"POST","url":"https://api.x.com/2/tweets","headers":[{"name":"Content-Type","value":"application/json"}],
              "postData":{"mimeType":"application/json","text":"{\\"text\\":\\"hello\\"}"}},
              "response":{"status":503,"headers":[],"content":{"text":""}}}]}}""".formatted(TOKEN, TOKEN);

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void harExportIsRedactedAndValidHar12() throws Exception {
        CliRun run = new CliRun("export", "--format", "har", file("two.har", TWO_ENTRIES).toString());

        assertEquals(0, run.exitCode, run.err());
        assertFalse(run.out().contains(TOKEN), run.out());
        assertEquals(List.of(), HarSchema.problems(run.out()));
        assertTrue(run.out().contains("0a1b2c3d4e5f6a7b"));
        assertTrue(run.out().contains("access_token=redacted:access-token"), run.out());
    }

    @Test
    void commandsForOneEntryOrAll() throws Exception {
        Path har = file("two.har", TWO_ENTRIES);

        CliRun curl = new CliRun("export", "--format", "curl", "--entry", "2", har.toString());
        assertEquals(0, curl.exitCode, curl.err());
        assertEquals("curl -X POST 'https://api.x.com/2/tweets' \\\n  -H 'Content-Type: application/json' \\\n"
                + "  --data-raw '{\"text\":\"hello\"}'\n", curl.out());

        CliRun httpie = new CliRun("export", "--format", "httpie", har.toString());
        assertEquals(0, httpie.exitCode);
        assertTrue(httpie.out().startsWith("http GET 'https://api.x.com/2/tweets/20?access_token=redacted:access-token'"), httpie.out());
        assertTrue(httpie.out().contains("\n\nhttp POST 'https://api.x.com/2/tweets'"), httpie.out());
        assertFalse(httpie.out().contains(TOKEN));

        CliRun xurl = new CliRun("export", "--format", "xurl", "--entry", "1", har.toString());
        assertEquals("xurl '/2/tweets/20?access_token=redacted:access-token' \\\n  --auth app\n", xurl.out());
    }

    @Test
    void inputThatIsNotAResponseExitsTwoWithOneLine() throws Exception {
        CliRun notes = new CliRun("export", "--format", "har", file("notes.txt", "just some notes").toString());
        assertEquals(2, notes.exitCode);
        assertEquals(1, notes.err().lines().count(), notes.err());
        assertEquals("", notes.out());

        CliRun responseOnly = new CliRun("export", "--format", "curl",
                file("429.http", "HTTP/2 429\r\ncontent-type: application/json\r\n\r\n{}").toString());
        assertEquals(2, responseOnly.exitCode);
        assertEquals(1, responseOnly.err().lines().count(), responseOnly.err());

        CliRun noSuchEntry = new CliRun("export", "--format", "har", "--entry", "3", dir.resolve("two.har").toString());
        assertEquals(2, noSuchEntry.exitCode);

        CliRun badFormat = new CliRun("export", "--format", "postman", file("x.har", TWO_ENTRIES).toString());
        assertEquals(2, badFormat.exitCode);
        assertEquals(1, badFormat.err().lines().count());
    }

    @Test
    void aResponseAloneExportsAsValidHar() throws Exception {
        CliRun run = new CliRun("export", "--format", "har",
                file("429.http", "HTTP/2 429\r\ncontent-type: application/json\r\nx-transaction-id: 9f8e7d6c\r\n\r\n{\"title\":\"Too Many Requests\"}").toString());

        assertEquals(0, run.exitCode, run.err());
        assertEquals(List.of(), HarSchema.problems(run.out()));
    }
}
