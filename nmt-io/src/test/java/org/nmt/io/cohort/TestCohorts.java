package org.nmt.io.cohort;

import java.io.IOException;
import java.nio.file.Path;
import org.nmt.core.client.Client;
import org.nmt.core.id.ClientId;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.scenario.SeedScenarios;
import org.nmt.core.session.Session;

/** Generated cohorts for the tests: varied copies of the seed scenarios under fresh client ids. */
final class TestCohorts {
  private TestCohorts() {}

  /** The client id of the {@code index}th generated record. */
  static ClientId id(long index) {
    return ClientId.of(String.format(java.util.Locale.ROOT, "c-%08d", index));
  }

  /**
   * The {@code index}th generated record: a seed scenario in turn, with the client id {@link
   * #id(long)} and a birth year that varies with the index.
   */
  static ClientRecord copy(ClientRecord seed, long index) {
    ClientId id = id(index);
    ClientRecord.Builder copy =
        ClientRecord.builder()
            .from(seed)
            .client(
                Client.builder()
                    .from(seed.client())
                    .id(id)
                    .birthYear(1940 + (int) (index % 60))
                    .build())
            .sessions(java.util.List.of());
    for (Session session : seed.sessions()) {
      copy.addSession(Session.builder().from(session).clientId(id).build());
    }
    return copy.build();
  }

  /** The {@code index}th record of a generated cohort. */
  static ClientRecord record(long index) {
    var seeds = SeedScenarios.all();
    return copy(seeds.get((int) (index % seeds.size())), index);
  }

  /**
   * Writes a generated cohort of {@code count} records to {@code file}.
   *
   * @return the number of sessions of all records
   */
  static long write(Path file, int count) throws IOException {
    long sessions = 0;
    try (CohortWriter writer = CohortWriter.open(file)) {
      for (int i = 0; i < count; i++) {
        ClientRecord record = record(i);
        writer.write(record);
        sessions += record.sessions().size();
      }
    }
    return sessions;
  }
}
