package org.nmt.io.cohort;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nmt.core.record.ClientRecord;
import org.nmt.io.internal.ByteOrderMark;
import org.nmt.io.internal.LeadingRecords;
import org.nmt.io.json.DocumentException;
import org.nmt.io.json.Documents;

/**
 * Reads an NDJSON cohort, one client record per line, as a stream in constant memory: it reads the
 * input into a buffer that grows to 1 MB at most and decodes one line at a time, a longer line
 * through a buffer of never more than {@link ReadOptions#maxLineBytes()} bytes (and a carriage
 * return), so a cohort far larger than the heap can be read.
 *
 * <p>Each line is a complete client record document, read as {@link Documents#readRecord(byte[],
 * org.nmt.core.anatomy.MuscleCatalog)} reads one, with all its checks. Lines end with {@code \n}
 * ({@code \r\n} is accepted); the last line needs no line break. Blank lines (empty, or only spaces
 * and tabs) are skipped silently, anywhere: they carry no record. A bad line is one that is not a
 * valid client record document, is longer than the limit, or holds a carriage return other than one
 * before its line break; its {@link DocumentException} is located at the line of the cohort ({@link
 * DocumentException#line()}, 1-based) and the column in that line ({@link
 * DocumentException#column()}, 1-based in bytes; 0 when unknown), with the JSON Pointer in the
 * line's document. Under {@link ErrorPolicy#FAIL_FAST} the first bad line is thrown and ends the
 * stream; under {@link ErrorPolicy#SKIP} it is counted ({@link #skippedCount()}), the first few are
 * kept ({@link #skippedLines()}), and reading goes on with the next line.
 *
 * <pre>{@code
 * try (CohortReader cohort = CohortReader.open(path, ErrorPolicy.SKIP)) {
 *   cohort.forEachRemaining(record -> ...);
 *   if (cohort.skippedCount() > 0) { ... cohort.skippedLines() ... }
 * }
 * }</pre>
 *
 * <p>A reader is an {@link Iterator} that reads ahead one line in {@link #hasNext()}, so that
 * method may throw the {@link DocumentException} of a bad line under {@code FAIL_FAST}, and {@link
 * UncheckedIOException} if the input fails. Closing the reader closes its input. Not thread-safe: a
 * reader is used by one thread at a time.
 */
public final class CohortReader implements Iterator<ClientRecord>, Closeable {
  private static final int CHUNK_BYTES = 64 * 1024;

  /**
   * The most {@link #chunk} grows to so that a long line is still read in place; a longer line is
   * read through {@link #line}.
   */
  private static final int MAX_CHUNK_BYTES = 1024 * 1024;

  private static final int INITIAL_LINE_BYTES = 8 * 1024;

  private final InputStream in;
  private final ReadOptions options;
  private byte[] chunk;
  private int chunkPosition;
  private int chunkLimit;

  /** The index in {@link #chunk} of its last {@code \n}, or -1: the lines before it are whole. */
  private int lastNewline = -1;

  /** Whether the input has ended. */
  private boolean inputEnded;

  /** Where the document read in place ended: see {@link #readInPlace}. */
  private final int[] documentEnd = new int[1];

  private byte[] line;
  private int lineLength;
  private boolean lineTooLong;

  /** The index in {@link #line} of its first carriage return, found as it is read; or -1. */
  private int carriageReturn;

  private long lineNumber;
  private ClientRecord next;
  private boolean ended;
  private boolean closed;
  private long skippedCount;
  private final List<SkippedLine> skippedLines = new ArrayList<>();

  private CohortReader(InputStream in, ReadOptions options) {
    this(in, options, CHUNK_BYTES);
  }

  /** A reader that reads its input {@code chunkBytes} at a time: small chunks for tests. */
  CohortReader(InputStream in, ReadOptions options, int chunkBytes) {
    this.in = checkNotNull(in, "in");
    this.options = checkNotNull(options, "options");
    this.chunk = new byte[chunkBytes];
    this.line = new byte[Math.min(INITIAL_LINE_BYTES, options.maxLineBytes())];
  }

  /**
   * A reader of the cohort in {@code in}, UTF-8, with the default options and {@code errorPolicy}.
   * The reader owns {@code in}: closing the reader closes it.
   */
  public static CohortReader open(InputStream in, ErrorPolicy errorPolicy) {
    return open(in, ReadOptions.of(errorPolicy));
  }

  /**
   * A reader of the cohort in {@code in}, UTF-8, with {@code options}. The reader owns {@code in}:
   * closing the reader closes it.
   */
  public static CohortReader open(InputStream in, ReadOptions options) {
    return new CohortReader(in, options);
  }

  /**
   * A reader of the cohort file {@code file}, with the default options and {@code errorPolicy}.
   *
   * @throws IOException if the file cannot be opened
   */
  public static CohortReader open(Path file, ErrorPolicy errorPolicy) throws IOException {
    return open(file, ReadOptions.of(errorPolicy));
  }

  /**
   * A reader of the cohort file {@code file}, with {@code options}.
   *
   * @throws IOException if the file cannot be opened
   */
  public static CohortReader open(Path file, ReadOptions options) throws IOException {
    checkNotNull(options, "options");
    return new CohortReader(Files.newInputStream(file), options);
  }

  /**
   * Whether another record follows, reading ahead to it past blank and skipped lines.
   *
   * @throws DocumentException under {@link ErrorPolicy#FAIL_FAST}, for the first bad line
   * @throws UncheckedIOException if the input fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public boolean hasNext() {
    checkState(!closed, "cohort reader is closed");
    if (next == null && !ended) {
      next = advance();
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @throws NoSuchElementException if no record follows
   * @throws DocumentException under {@link ErrorPolicy#FAIL_FAST}, for the first bad line
   * @throws UncheckedIOException if the input fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public ClientRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in the cohort");
    }
    ClientRecord record = next;
    next = null;
    return record;
  }

  /**
   * The remaining records as a sequential, ordered stream; closing the stream closes this reader.
   * The stream throws as {@link #next()} does.
   */
  public Stream<ClientRecord> records() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** How many bad lines were skipped so far under {@link ErrorPolicy#SKIP}; 0 under FAIL_FAST. */
  public long skippedCount() {
    return skippedCount;
  }

  /**
   * The first skipped lines, in order, at most {@link ReadOptions#maxSkippedLinesKept()} of them;
   * {@link #skippedCount()} counts them all.
   */
  public ImmutableList<SkippedLine> skippedLines() {
    return ImmutableList.copyOf(skippedLines);
  }

  /** Closes the input; further reading throws {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      next = null;
      line = new byte[0];
      in.close();
    }
  }

  /** The next record, past blank and bad lines, or {@code null} at the end of the cohort. */
  private ClientRecord advance() {
    while (true) {
      ClientRecord record = readInPlace();
      if (record != null) {
        return record;
      }
      if (!readLine()) {
        break;
      }
      if (!lineTooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
        lineLength--;
      }
      if (lineTooLong || lineLength > options.maxLineBytes()) {
        bad(
            new DocumentException(
                "",
                lineForException(),
                options.maxLineBytes() + 1,
                "line longer than " + options.maxLineBytes() + " bytes"));
        continue;
      }
      if (isBlank()) {
        continue;
      }
      if (carriageReturn >= 0 && carriageReturn < lineLength) {
        bad(
            new DocumentException(
                "",
                lineForException(),
                carriageReturn + 1,
                "carriage return inside a line; a record's document must be on one line"));
        continue;
      }
      try {
        return Documents.readRecord(line, 0, lineLength, options.catalog());
      } catch (DocumentException e) {
        bad(onThisLine(e));
      }
    }
    ended = true;
    return null;
  }

  /**
   * The record of the next line, read where it lies in {@link #chunk}, without finding first where
   * the line ends or copying it out: the common case, a line that is one good record document,
   * whole in the chunk, followed by nothing but spaces or tabs (and a carriage return) before its
   * line break, and not longer than the limit. Any other line gives {@code null} with nothing
   * consumed, and is read alone by {@link #readLine}, which finds what is wrong with it.
   */
  private ClientRecord readInPlace() {
    if (chunkPosition > lastNewline && !refillAfterUnreadBytes()) {
      return null;
    }
    ClientRecord record =
        LeadingRecords.read(
            chunk, chunkPosition, lastNewline + 1 - chunkPosition, options.catalog(), documentEnd);
    if (record == null) {
      return null;
    }
    // the document holds no line break, so the chunk's last one stops this scan
    int end = documentEnd[0];
    if (end <= chunkPosition) {
      return null;
    }
    while (chunk[end] == ' ' || chunk[end] == '\t') {
      end++;
    }
    int lineBreak = chunk[end] == '\r' ? end + 1 : end;
    if (chunk[lineBreak] != '\n' || end - chunkPosition > options.maxLineBytes()) {
      return null;
    }
    chunkPosition = lineBreak + 1;
    lineNumber++;
    return record;
  }

  /**
   * Moves the unread bytes of {@link #chunk} to its start and reads more input after them, until
   * they hold a whole line; a chunk that is full of one line grows, up to {@link #MAX_CHUNK_BYTES}
   * (and no further than a line can be long).
   *
   * @return false if they cannot: the input ended, or the line is longer than the chunk can be
   */
  private boolean refillAfterUnreadBytes() {
    int unread = chunkLimit - chunkPosition;
    System.arraycopy(chunk, chunkPosition, chunk, 0, unread);
    chunkPosition = 0;
    chunkLimit = unread;
    lastNewline = -1;
    while (chunkLimit < chunk.length || grow()) {
      int n = read(chunkLimit);
      if (n < 0) {
        return false;
      }
      chunkLimit += n;
      if (noteLastNewline(chunkLimit - n)) {
        return true;
      }
    }
    return false;
  }

  /** Doubles {@link #chunk}, up to its longest: room for the longest line, its CR and LF. */
  private boolean grow() {
    long longest = Math.min(MAX_CHUNK_BYTES, options.maxLineBytes() + 2L);
    if (chunk.length >= longest) {
      return false;
    }
    chunk = Arrays.copyOf(chunk, (int) Math.min(2L * chunk.length, longest));
    return true;
  }

  /**
   * Sets {@link #lastNewline} to the last {@code \n} of the bytes just read, from {@code from} to
   * {@link #chunkLimit}, if they hold one.
   */
  private boolean noteLastNewline(int from) {
    int newline = LineBytes.lastIndexOfNewline(chunk, from, chunkLimit);
    if (newline >= 0) {
      lastNewline = newline;
      return true;
    }
    return false;
  }

  private void bad(DocumentException error) {
    if (options.errorPolicy() == ErrorPolicy.FAIL_FAST) {
      ended = true;
      throw error;
    }
    skippedCount++;
    if (skippedLines.size() < options.maxSkippedLinesKept()) {
      skippedLines.add(SkippedLine.of(lineNumber, error));
    }
  }

  /**
   * {@code e}, read from this line's document alone, located in the cohort: at this line, and at
   * the column the document's parser gave (the document is a single line, so its line 1 is this
   * line).
   */
  private DocumentException onThisLine(DocumentException e) {
    DocumentException located =
        new DocumentException(
            e.pointer(), lineForException(), e.line() == 1 ? e.column() : 0, e.rule());
    located.setStackTrace(e.getStackTrace());
    return located;
  }

  /** The current line number as {@link DocumentException} carries it: 0 (unknown) beyond int. */
  private int lineForException() {
    return lineNumber <= Integer.MAX_VALUE ? (int) lineNumber : 0;
  }

  /** Whether the line is blank: only spaces and tabs, after a byte order mark if it has one. */
  private boolean isBlank() {
    int start = ByteOrderMark.startsWith(line, 0, lineLength) ? ByteOrderMark.LENGTH : 0;
    for (int i = start; i < lineLength; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next line, without its {@code \n}, into {@link #line}; a line longer than the limit
   * and a carriage return is read past, keeping none of it beyond that, and flagged {@link
   * #lineTooLong}.
   *
   * @return false at the end of the input
   */
  private boolean readLine() {
    lineLength = 0;
    lineTooLong = false;
    carriageReturn = -1;
    boolean any = false;
    while (true) {
      if (chunkPosition == chunkLimit && !fill()) {
        if (any) {
          lineNumber++;
        }
        return any;
      }
      any = true;
      int end = LineBytes.indexOfLineByte(chunk, chunkPosition, chunkLimit);
      while (end < chunkLimit && chunk[end] == '\r') {
        if (carriageReturn < 0) {
          carriageReturn = lineLength + end - chunkPosition;
        }
        end = LineBytes.indexOfLineByte(chunk, end + 1, chunkLimit);
      }
      append(chunkPosition, end - chunkPosition);
      if (end < chunkLimit) {
        chunkPosition = end + 1;
        lineNumber++;
        return true;
      }
      chunkPosition = chunkLimit;
    }
  }

  private boolean fill() {
    int n = read(0);
    if (n < 0) {
      return false;
    }
    chunkPosition = 0;
    chunkLimit = n;
    lastNewline = -1;
    noteLastNewline(0);
    return true;
  }

  /**
   * Reads input into {@link #chunk} from {@code from}: how many bytes, at least one, or -1 once the
   * input has ended (it is not asked again, as an interactive input would wait for another end).
   */
  private int read(int from) {
    if (inputEnded) {
      return -1;
    }
    try {
      int n;
      do {
        n = in.read(chunk, from, chunk.length - from);
      } while (n == 0);
      inputEnded = n < 0;
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void append(int from, int length) {
    if (lineTooLong || length == 0) {
      return;
    }
    int limit = options.maxLineBytes() + 1;
    if (length > limit - lineLength) {
      lineTooLong = true;
      return;
    }
    int needed = lineLength + length;
    if (needed > line.length) {
      int grown = (int) Math.min(Math.max(2L * line.length, needed), limit);
      line = Arrays.copyOf(line, grown);
    }
    System.arraycopy(chunk, from, line, lineLength, length);
    lineLength = needed;
  }
}
