package dev.xinspect.ui.viewmodel;

import java.util.Locale;

/** Byte counts as people read them: 512 B, 1.2 KB, 48.0 MB. */
final class Sizes {
    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
