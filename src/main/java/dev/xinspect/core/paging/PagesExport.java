package dev.xinspect.core.paging;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.report.HarExporter;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.storage.AtomicFile;
import dev.xinspect.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes fetched pages to one file, redacted and atomically, and says in one sentence what happened: the line the
 * *Fetch all pages* bar shows after an export. Kept out of the view model so the file work runs and is tested
 * without a window. Blocking: call it on a worker.
 */
public final class PagesExport {
    /** NDJSON keeps the pages' bodies, one per line; HAR keeps the whole exchanges. */
    public enum Format { NDJSON, HAR }

    /** Whether the file was written, and the sentence to show either way. */
    public record Result(boolean written, String sentence) {
    }

    private final Redactor redactor;

    public PagesExport(Redactor redactor) {
        this.redactor = redactor;
    }

    public Result write(Path file, List<Exchange> pages, Format format) {
        String text = format == Format.NDJSON ? new NdjsonPages(redactor).export(pages) : new HarExporter(redactor).export(pages);
        try {
            AtomicFile.write(file, text);
        } catch (IOException e) {
            return new Result(false, "The " + format + " file was not written: "
                    + StorageException.of(e, file.toAbsolutePath().getParent()).getMessage());
        }
        return new Result(true, "Exported " + pages.size() + (pages.size() == 1 ? " page" : " pages") + " as " + format + " to "
                + file.getFileName() + " (redacted).");
    }
}
