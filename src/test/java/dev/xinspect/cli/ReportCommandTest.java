package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Golden files: the drafted posts for two samples, byte for byte. */
class ReportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    @Test
    void usageCapped429PostMatchesItsGoldenFile() throws Exception {
        assertEquals(0, run("report", "--checked", "usage-caps:1,usage-caps:2", "--expected", "Recent search results, as last month.",
                "--app-id", "28471623", "src/test/resources/samples/usage-capped-429.http"));

        assertEquals(Files.readString(Path.of("src/test/resources/golden/usage-capped-429.md")), out.toString());
    }

    @Test
    void appOnlyTokenPostMatchesItsGoldenFileAndNamesNoSecret() throws Exception {
        assertEquals(0, run("report", "--checked", "authentication:1", "--description", "My bot cannot read its own profile.",
                "src/test/resources/samples/app-only-on-users-me.json"));

        assertEquals(Files.readString(Path.of("src/test/resources/golden/app-only-on-users-me.md")), out.toString());
        assertTrue(!out.toString().contains("EUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"));
    }

    @Test
    void anUnknownCheckedIdIsAClearError() {
        assertEquals(2, run("report", "--checked", "stream-rules", "src/test/resources/samples/usage-capped-429.http"));
        assertTrue(err.toString().startsWith("xinspect report: --checked stream-rules is not a checklist of this diagnosis"));
    }
}
