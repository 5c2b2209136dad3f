package org.nmt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {
  private static String through(byte[] bytes, int chunk) {
    StringWriter out = new StringWriter();
    try (WriterOutputStream stream = new WriterOutputStream(out)) {
      for (int i = 0; i < bytes.length; i += chunk) {
        if (chunk == 1) {
          stream.write(bytes[i]);
        } else {
          stream.write(bytes, i, Math.min(chunk, bytes.length - i));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void charactersSplitBetweenWritesAreDecodedWhole() {
    String text = "Biering-Sørensen 30 s → ✓ 𝄞\n".repeat(1000);
    byte[] bytes = text.getBytes(UTF_8);
    for (int chunk : new int[] {1, 2, 3, 7, 8191, 8192, 8193, bytes.length}) {
      assertEquals(text, through(bytes, chunk), "chunk " + chunk);
    }
  }

  @Test
  void anyTextInAnyChunksComesThroughUnchanged() {
    qt().withFixedSeed(20261124L)
        .withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(1, 40))
        .check(
            (text, chunk) -> {
              String wellFormed = new String(text.getBytes(UTF_8), UTF_8);
              return wellFormed.equals(through(wellFormed.getBytes(UTF_8), chunk));
            });
  }

  @Test
  void closingFlushesAndLeavesTheWriterOpenButTheStreamClosed() throws IOException {
    StringWriter out = new StringWriter();
    WriterOutputStream stream = new WriterOutputStream(out);
    stream.write("abc".getBytes(UTF_8));
    stream.close();
    stream.close();
    out.write("d");
    assertEquals("abcd", out.toString());
    assertEquals(
        "stream closed", assertThrows(IOException.class, () -> stream.write('x')).getMessage());
  }

  @Test
  void aTruncatedCharacterAtTheEndIsReplaced() throws IOException {
    StringWriter out = new StringWriter();
    try (WriterOutputStream stream = new WriterOutputStream(out)) {
      stream.write(new byte[] {'a', (byte) 0xe2, (byte) 0x86});
    }
    assertEquals("a\ufffd", out.toString());
  }
}
