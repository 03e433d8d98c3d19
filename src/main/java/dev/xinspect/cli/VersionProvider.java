package dev.xinspect.cli;

import dev.xinspect.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build stamped into the jar. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"xinspect " + AppVersion.current()};
    }
}
