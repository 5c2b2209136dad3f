package org.nmt.io.file;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.json.Documents;

/**
 * Writes files atomically: a crash, a kill or a failure during a write leaves the previous file
 * intact, never a torn one.
 *
 * <p>{@link #write} writes to a new temporary file in the target's directory, named {@code
 * .<name>.<random digits>.tmp}, forces its content to the storage device, renames it over the
 * target in one atomic step ({@link StandardCopyOption#ATOMIC_MOVE}), and then forces the directory
 * so the rename itself survives a power loss. Readers see the old file or the new one, whole.
 *
 * <p>Consequences a caller should know:
 *
 * <ul>
 *   <li>The new file is a new file: on POSIX file systems it is readable and writable by its owner
 *       only ({@code rw-------}), whatever the permissions of the file it replaces, which suits
 *       clinical data. A symbolic link at the target is replaced by the file, not followed.
 *   <li>A file system that cannot rename atomically (some network file systems) fails the write
 *       with {@link java.nio.file.AtomicMoveNotSupportedException}; there is no non-atomic
 *       fallback.
 *   <li>Forcing the directory is not possible everywhere (Windows refuses to open a directory as a
 *       channel, some file systems refuse to sync one); where it is refused the write still
 *       succeeds, and the rename is as durable as the platform makes it.
 *   <li>A process killed in the middle of a write leaves its temporary file behind. Writes do not
 *       delete such leftovers, because a leftover cannot be told from the temporary file of a
 *       writer that is still running, in this or another process; {@link #leftovers} lists them,
 *       for a caller that knows no writer is active (at start-up, say) to delete.
 *   <li>The temporary file's name is the target's name plus about 25 characters, so the target's
 *       name must leave that much room under the file system's limit on name length.
 * </ul>
 *
 * <p>Stateless and thread-safe; concurrent writes to one target each replace it whole, and the last
 * rename wins.
 */
public final class AtomicFiles {
  private static final String SUFFIX = ".tmp";
  private static final int BUFFER_SIZE = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Replaces {@code target} atomically with what {@code content} writes to the stream it is given,
   * creating the file if it does not exist.
   *
   * <p>The stream is buffered; {@code content} may close it (closing only flushes it) and must not
   * use it after it returns. If {@code content} throws, or any step fails, the temporary file is
   * deleted, {@code target} is left as it was, and the exception propagates.
   *
   * @param target the file to replace; its directory must exist
   * @param content writes the new content of the file
   * @throws NoSuchFileException if the directory of {@code target} does not exist
   * @throws NotDirectoryException if the parent of {@code target} is not a directory
   * @throws FileSystemException if {@code target} is a directory
   * @throws IOException if writing, forcing or renaming fails, or {@code content} throws it
   * @throws IllegalArgumentException if {@code target} names no file (a root directory)
   */
  public static void write(Path target, IoConsumer<? super OutputStream> content)
      throws IOException {
    checkNotNull(target, "target");
    checkNotNull(content, "content");
    Path file = target.toAbsolutePath();
    Path dir = directoryOf(file, target);
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    Path temp = createTemp(dir, prefix(file));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        Shielded out = new Shielded(Channels.newOutputStream(channel));
        content.accept(out);
        out.close();
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (Throwable t) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        t.addSuppressed(e);
      }
      throw t;
    }
    forceDirectory(dir);
  }

  /**
   * Replaces {@code target} atomically with {@code record} as a client record document, written by
   * {@link Documents#write}; see {@link #write}.
   *
   * @throws IOException as {@link #write} does
   */
  public static void writeRecord(Path target, ClientRecord record) throws IOException {
    checkNotNull(record, "record");
    write(
        target,
        out -> {
          try {
            Documents.write(record, out);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * The temporary files that writes of {@code target} left behind when their process died, in order
   * of name, and those of writes still running: delete them only when no writer of {@code target}
   * is active. Empty when the directory of {@code target} does not exist.
   *
   * @throws IOException if the directory cannot be listed
   */
  public static ImmutableList<Path> leftovers(Path target) throws IOException {
    checkNotNull(target, "target");
    Path file = target.toAbsolutePath();
    Path dir = directoryOf(file, target);
    if (!Files.isDirectory(dir)) {
      return ImmutableList.of();
    }
    String prefix = prefix(file);
    DirectoryStream.Filter<Path> isTemp =
        entry -> {
          String name = entry.getFileName().toString();
          return name.length() > prefix.length() + SUFFIX.length()
              && name.startsWith(prefix)
              && name.endsWith(SUFFIX)
              && name.substring(prefix.length(), name.length() - SUFFIX.length())
                  .chars()
                  .allMatch(c -> c >= '0' && c <= '9');
        };
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, isTemp)) {
      return ImmutableList.sortedCopyOf(entries);
    }
  }

  private static Path directoryOf(Path file, Path target) {
    Path dir = file.getParent();
    checkArgument(dir != null && file.getFileName() != null, "target must name a file: %s", target);
    return dir;
  }

  private static String prefix(Path file) {
    return "." + file.getFileName() + ".";
  }

  /** A new empty file {@code prefix + digits + ".tmp"} in {@code dir}, private on POSIX. */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    FileAttribute<?>[] attributes =
        dir.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(
                  EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
            }
            : new FileAttribute<?>[0];
    while (true) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + SUFFIX);
      try {
        return Files.createFile(temp, attributes);
      } catch (FileAlreadyExistsException taken) {
        // Another writer drew the same 64 random bits: draw again.
      }
    }
  }

  /**
   * Makes the rename durable by forcing the directory, where the platform allows it: Windows cannot
   * open a directory as a channel and some file systems refuse to sync one, so an {@link
   * IOException} here is ignored; the file's content was already forced before the rename.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException refused) {
      // Not supported here; see the javadoc.
    }
  }

  /**
   * The buffered stream given to a writer: closing it flushes it and leaves the channel open, so
   * that the channel can be forced afterwards; writing after close fails, flushing does nothing.
   */
  private static final class Shielded extends FilterOutputStream {
    private boolean closed;

    Shielded(OutputStream channel) {
      super(new BufferedOutputStream(channel, BUFFER_SIZE));
    }

    @Override
    public void write(int b) throws IOException {
      ensureOpen();
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ensureOpen();
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (!closed) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        out.flush();
        closed = true;
      }
    }

    private void ensureOpen() throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
    }
  }
}
