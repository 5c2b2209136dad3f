package org.nmt.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.DocumentKind;
import org.nmt.io.json.Documents;
import org.nmt.protocol.definition.ProtocolDefinition;

/**
 * One document file as the commands read it: its bytes, read within {@link
 * Documents#MAX_DOCUMENT_BYTES}, and its kind, from its {@code kind} field ({@link
 * Documents#kindOf}). Every way the file can fail, from a missing file to a value the domain model
 * rejects, is a {@link BadInput} naming the file.
 */
final class DocumentFile {
  private final Path path;
  private final byte[] bytes;
  private final DocumentKind kind;

  private DocumentFile(Path path, byte[] bytes, DocumentKind kind) {
    this.path = path;
    this.bytes = bytes;
    this.kind = kind;
  }

  /**
   * Reads {@code path} and tells its kind.
   *
   * @throws BadInput if the file cannot be read, is not JSON, or has no known kind
   */
  static DocumentFile read(Path path) {
    if (Files.isDirectory(path)) {
      throw new BadInput(path, "is a directory, not a document");
    }
    try {
      byte[] bytes = Documents.readBytes(path);
      return new DocumentFile(path, bytes, Documents.kindOf(bytes));
    } catch (DocumentException e) {
      throw new BadInput(path, e.getMessage());
    } catch (IOException e) {
      throw new BadInput(path, reason(e));
    }
  }

  /**
   * Reads the client record document in {@code path}.
   *
   * @throws BadInput if the file cannot be read or is not a valid client record document
   */
  static ClientRecord readRecord(Path path) {
    return read(path).as(Documents::readRecord);
  }

  /**
   * Reads the protocol definition document in {@code path}.
   *
   * @throws BadInput if the file cannot be read or is not a valid protocol definition document
   */
  static ProtocolDefinition readProtocol(Path path) {
    return read(path).as(Documents::readProtocol);
  }

  /** The file as it was named. */
  Path path() {
    return path;
  }

  /** The kind of the document. */
  DocumentKind kind() {
    return kind;
  }

  /**
   * The document read by {@code reader}, one of the reading methods of {@link Documents}.
   *
   * @throws BadInput if {@code reader} refuses the document
   */
  <T> T as(Function<byte[], T> reader) {
    try {
      return reader.apply(bytes);
    } catch (DocumentException e) {
      throw new BadInput(path, e.getMessage());
    }
  }

  /** Why a file could not be read, in words, without the file name. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
