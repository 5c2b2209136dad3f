package org.nmt.bench;

import java.io.OutputStream;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sink of the writing benchmarks: counts the bytes written and hands every buffer to JMH's
 * {@link Blackhole}, so that neither the subject's nor the reference's writes can be optimised
 * away, at the same cost for both.
 */
final class Counting extends OutputStream {
  private final Blackhole sink;
  private long count;

  Counting(Blackhole sink) {
    this.sink = sink;
  }

  /** The bytes written so far. */
  long count() {
    return count;
  }

  @Override
  public void write(int b) {
    sink.consume(b);
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    sink.consume(b);
    count += len;
  }
}
