package org.nmt.io.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The writer process of {@link AtomicFilesKillTest}: rewrites one file forever, alternating two
 * documents, until it is killed.
 *
 * <p>Arguments: {@code atomic} (write with {@link AtomicFiles#write}) or {@code plain} (truncate
 * and write in place), the target file, and the files holding the two documents. It prints {@code
 * started} before its first write and {@code written} after each write it finished. Each document
 * is written in small flushed chunks, so that a write takes many system calls.
 */
final class AtomicWriterChild {
  private static final int CHUNK = 4096;

  private AtomicWriterChild() {}

  public static void main(String[] args) throws IOException {
    boolean atomic = args[0].equals("atomic");
    Path target = Path.of(args[1]);
    byte[][] documents = {
      Files.readAllBytes(Path.of(args[2])), Files.readAllBytes(Path.of(args[3]))
    };
    System.out.println("started");
    for (long i = 0; ; i++) {
      byte[] document = documents[(int) (i % 2)];
      if (atomic) {
        AtomicFiles.write(target, out -> writeInChunks(document, out));
      } else {
        try (OutputStream out = Files.newOutputStream(target)) {
          writeInChunks(document, out);
        }
      }
      System.out.println("written");
    }
  }

  private static void writeInChunks(byte[] document, OutputStream out) throws IOException {
    for (int offset = 0; offset < document.length; offset += CHUNK) {
      out.write(document, offset, Math.min(CHUNK, document.length - offset));
      out.flush();
    }
  }
}
