package org.nmt.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An output stream of UTF-8 bytes that writes their characters to a writer, for library code that
 * writes bytes (an NDJSON cohort) when the command's output is a writer. A character split between
 * two writes is decoded once both halves arrive. Closing the stream flushes the writer and leaves
 * it open. Not thread-safe.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean closed;

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    int offset = off;
    int remaining = len;
    while (remaining > 0) {
      int n = Math.min(remaining, bytes.remaining());
      bytes.put(b, offset, n);
      offset += n;
      remaining -= n;
      decode(false);
    }
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
      decode(true);
      while (decoder.flush(chars).isOverflow()) {
        drainChars();
      }
      drainChars();
      out.flush();
      closed = true;
    }
  }

  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      drainChars();
      if (result.isUnderflow()) {
        break;
      }
    }
    bytes.compact();
  }

  private void drainChars() throws IOException {
    chars.flip();
    out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
  }
}
