package org.nmt.bench;

import org.nmt.core.record.ClientRecord;
import org.nmt.core.session.Session;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 5: the heap footprint, measured with JOL, of a typical session and client record.
 * Immutable and thread-safe.
 *
 * @param recordBytes deep size of the typical record (client 0 of the synthetic cohort)
 * @param recordSessions its number of sessions
 * @param sessionBytes mean deep size of one of its sessions measured alone (objects it shares with
 *     other sessions, such as ids of the client and therapist, counted every time)
 * @param marginalSessionBytes what one more session adds to a record: the deep size of a record of
 *     {@code 10 + MARGINAL_SESSIONS} sessions less that of one of 10, per added session
 */
public record Footprint(
    long recordBytes, int recordSessions, double sessionBytes, double marginalSessionBytes) {
  /** The sessions added to measure the marginal size. */
  public static final int MARGINAL_SESSIONS = 1000;

  /** The target: at most 2 KB per typical session. */
  public static final double TARGET_SESSION_BYTES = 2048;

  /** Measures the footprint. */
  public static Footprint measure() {
    ClientRecord record = BenchData.typicalRecord();
    long total = 0;
    for (Session session : record.sessions()) {
      total += GraphLayout.parseInstance(session).totalSize();
    }
    double perSession = record.sessions().isEmpty() ? 0 : (double) total / record.sessions().size();
    long small = GraphLayout.parseInstance(BenchData.recordWithSessions(10)).totalSize();
    long large =
        GraphLayout.parseInstance(BenchData.recordWithSessions(10 + MARGINAL_SESSIONS)).totalSize();
    return new Footprint(
        GraphLayout.parseInstance(record).totalSize(),
        record.sessions().size(),
        perSession,
        (double) (large - small) / MARGINAL_SESSIONS);
  }
}
