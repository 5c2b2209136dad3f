package org.nmt.cli;

import picocli.CommandLine.IVersionProvider;

/** The version {@code nmt --version} prints: the jar's implementation version when packaged. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Nmt.class.getPackage().getImplementationVersion();
    return new String[] {"nmt " + (version == null ? "0.1.0-SNAPSHOT" : version)};
  }
}
