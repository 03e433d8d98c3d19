package dev.xinspect.core.workspace;

import java.nio.file.Path;

/** An environment as last loaded or saved: the file it lives in and the version read, so a save can detect a change elsewhere. */
record EnvironmentFile(Path path, String version, Environment environment) {
}
