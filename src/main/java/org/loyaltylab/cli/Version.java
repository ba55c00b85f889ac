package org.loyaltylab.cli;

import org.loyaltylab.output.manifest.ManifestFile;
import picocli.CommandLine.IVersionProvider;

/** The tool's version for {@code --version}, from the jar manifest ("dev" when run from classes). */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"loyaltylab " + ManifestFile.toolVersion()};
    }
}
