package dev.xinspect.core.auth.secret;

import java.nio.file.Path;

/**
 * Writes {@code count} keys named {@code who-N} to a {@link FileSecretStore}; run in its own process ({@link #main}) so
 * two operating-system processes write one {@code secrets.json} at once. Prints "wrote N" when done.
 */
final class SecretFileHammer {
    private SecretFileHammer() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[2]);
        hammer(new FileSecretStore(Path.of(args[0])), args[1], count);
        System.out.println("wrote " + count);
    }

    static void hammer(SecretStore store, String who, int count) {
        for (int i = 0; i < count; i++) {
            store.write(who + "-" + i, "secret of " + who + " " + i);
        }
    }
}
