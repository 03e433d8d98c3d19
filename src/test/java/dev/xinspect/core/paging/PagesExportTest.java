package dev.xinspect.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.report.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing fetched pages: redacted, one sentence either way, no Java class name when the folder is unusable. */
class PagesExportTest {
    private static final String SECRET = "AAAAAAAAAAAAAAAAAAAAAcanary%2Fbearer%3D";
    private final PagesExport export = new PagesExport(new Redactor(List.of(SECRET)));

    private static Exchange page(String body) {
        return Exchange.ofResponse(ReceivedResponse.of(200, Headers.of("content-type", "application/json"), body));
    }

    @Test
    void ndjsonHasOneRedactedLinePerPageAndTheSentenceCountsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.ndjson");
        PagesExport.Result result = export.write(file, List.of(page("{\"data\":[{\"id\":\"1\"}]}"),
                page("{\"token\": \"" + SECRET + "\"}")), PagesExport.Format.NDJSON);

        assertEquals(new PagesExport.Result(true, "Exported 2 pages as NDJSON to pages.ndjson (redacted)."), result);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertFalse(Files.readString(file).contains(SECRET));
    }

    @Test
    void oneHarPageIsCountedInTheSingular(@TempDir Path dir) {
        assertEquals("Exported 1 page as HAR to p.har (redacted).",
                export.write(dir.resolve("p.har"), List.of(page("{}")), PagesExport.Format.HAR).sentence());
    }

    @Test
    void aFileWhereTheFolderShouldBeGivesASentenceAndNoFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("blocker"), "").resolve("pages.har");
        PagesExport.Result result = export.write(file, List.of(page("{}")), PagesExport.Format.HAR);

        assertFalse(result.written());
        assertTrue(result.sentence().startsWith("The HAR file was not written: "), result.sentence());
        assertFalse(result.sentence().matches("(?s).*[A-Za-z]+(Exception|Error).*"), result.sentence());
        assertFalse(Files.exists(file));
    }
}
