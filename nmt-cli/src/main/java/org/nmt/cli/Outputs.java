package org.nmt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The files a command writes, checked before it reads or writes anything: an output that is also an
 * input would replace the input with the output (a client record replaced by its CSV export), and
 * an output named twice would keep only the last one written.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Refuses an output path without a file name ({@code /}, the empty path), one named twice, and
   * one that is the same file as an input; {@code null} outputs (options not given) are skipped.
   *
   * @throws BadInput naming the output and the rule
   */
  static void check(Collection<Path> inputs, Path... outputs) {
    List<Path> checked = new ArrayList<>();
    for (Path output : outputs) {
      if (output == null) {
        continue;
      }
      if (output.toString().isEmpty()) {
        throw new BadInput("''", "an empty path is not a file to write");
      }
      if (output.getFileName() == null) {
        throw new BadInput(output, "is not a file to write");
      }
      for (Path other : checked) {
        if (sameFile(output, other)) {
          throw new BadInput(output, "named as two outputs; each output needs a file of its own");
        }
      }
      for (Path input : inputs) {
        if (sameFile(output, input)) {
          throw new BadInput(output, "is also an input; nmt does not replace its input");
        }
      }
      checked.add(output);
    }
  }

  /**
   * Whether {@code a} and {@code b} may be one file: by the file system if both exist; else by
   * their directories' real paths (links resolved) and their names, compared ignoring case as on
   * the file systems of Windows and macOS: in doubt, two outputs are one.
   */
  private static boolean sameFile(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // cannot tell by the file system: tell by the path
      }
    }
    return Objects.equals(realParent(a), realParent(b))
        && a.getFileName().toString().equalsIgnoreCase(b.getFileName().toString());
  }

  /** The real path of {@code file}'s directory, or its absolute path if that does not exist. */
  private static Path realParent(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    try {
      return parent.toRealPath();
    } catch (IOException e) {
      return parent;
    }
  }
}
