package org.nmt.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.Protocols;
import picocli.CommandLine.Option;

/**
 * The {@code --protocol NAME|FILE} option of the commands that judge a course: a built-in protocol
 * by name ({@code nmt-seeds}, the default, or {@code st-john}), or a protocol definition document.
 */
final class ProtocolOption {
  @Option(
      names = "--protocol",
      paramLabel = "NAME|FILE",
      defaultValue = "nmt-seeds",
      description = {
        "The protocol to judge the course by: a built-in protocol by name, nmt-seeds (the seeds'"
            + " stage order, the default) or st-john (flexibility before structural correction),"
            + " or a protocol definition document. Name a file called like a built-in as"
            + " ./st-john."
      })
  String protocol;

  /**
   * The protocol definition the option names.
   *
   * @throws BadInput if it names neither a built-in protocol nor a file, or the file is not a valid
   *     protocol definition document
   */
  ProtocolDefinition definition() {
    for (ProtocolDefinition builtIn : Protocols.builtIns()) {
      if (builtIn.name().equals(protocol)) {
        return builtIn;
      }
    }
    Path file;
    try {
      file = Path.of(protocol);
    } catch (InvalidPathException e) {
      file = null;
    }
    if (file == null || !Files.exists(file)) {
      throw new BadInput(
          "--protocol " + protocol,
          "neither a built-in protocol ("
              + Protocols.builtIns().stream()
                  .map(ProtocolDefinition::name)
                  .collect(Collectors.joining(", "))
              + ") nor a file");
    }
    return DocumentFile.readProtocol(file);
  }
}
