package org.nmt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.stage.Stage;
import org.nmt.io.cohort.CohortWriter;
import org.nmt.io.json.Documents;
import org.nmt.outcomes.cohort.SyntheticCohort;

/**
 * The deterministic data of the benchmarks: NDJSON cohorts of {@link SyntheticCohort} clients and
 * client records stretched to a given number of sessions. Stateless and thread-safe.
 */
public final class BenchData {
  /** The seed of every generated cohort. */
  public static final long SEED = 20261124L;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BenchData() {}

  /** The NDJSON bytes of the first {@code clients} clients of the cohort of {@link #SEED}. */
  public static byte[] cohortBytes(int clients) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CohortWriter writer = CohortWriter.open(out)) {
      Iterator<ClientRecord> records = SyntheticCohort.iterator(SEED, clients);
      while (records.hasNext()) {
        writer.write(records.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The NDJSON file of the first {@code clients} clients of the cohort of {@link #SEED} in {@code
   * directory}, written (streamed, one client at a time) only if it does not exist yet.
   */
  public static Path cohortFile(Path directory, int clients) {
    Path file = directory.resolve("cohort-" + SEED + "-" + clients + ".ndjson");
    if (Files.exists(file)) {
      return file;
    }
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, "cohort-", ".partial");
      try (CohortWriter writer = CohortWriter.open(partial)) {
        Iterator<ClientRecord> records = SyntheticCohort.iterator(SEED, clients);
        while (records.hasNext()) {
          writer.write(records.next());
        }
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A typical client record: client 0 of the cohort of {@link #SEED}. */
  public static ClientRecord typicalRecord() {
    return SyntheticCohort.client(SEED, 0);
  }

  /**
   * A client record with exactly {@code sessions} sessions: the sessions of synthetic clients,
   * repeated in order with fresh ids and times shifted a week after the previous copy ended, so
   * every session has the shape of a realistic one. Its stage history stays that of the first
   * client; the validation findings of the repeated sessions are part of the measured work.
   */
  public static ClientRecord recordWithSessions(int sessions) {
    return stretched(sessions, false, false);
  }

  /**
   * As {@link #recordWithSessions(int)}, but a clean record: the repeated sessions are only those
   * the first client had in the stage its course is in at the end of its history, so every repeated
   * session is in the stage in force and validation finds nothing in it. It measures the rules' own
   * work, without the formatting of findings.
   */
  public static ClientRecord cleanRecordWithSessions(int sessions) {
    return stretched(sessions, true, false);
  }

  /**
   * As {@link #cleanRecordWithSessions(int)}, but every second session (the second, fourth, ...)
   * claims a stage other than the one it was recorded in, so validation finds a stage mismatch in
   * half the sessions at every size, 10 sessions included: the cost of findings grows with the
   * record, as it does not in {@link #recordWithSessions(int)}, whose first sessions have none.
   */
  public static ClientRecord recordWithFindingsInHalfItsSessions(int sessions) {
    return stretched(sessions, true, true);
  }

  private static ClientRecord stretched(
      int sessions, boolean inStageInForce, boolean everySecondOutOfStage) {
    if (sessions < 1) {
      throw new IllegalArgumentException("sessions must be at least 1: " + sessions);
    }
    ClientRecord base = typicalRecord();
    ObjectNode root = (ObjectNode) tree(Documents.toBytes(base));
    ArrayNode recorded = (ArrayNode) root.get("sessions");
    ArrayNode all = MAPPER.createArrayNode();
    ArrayNode templates = MAPPER.createArrayNode();
    String stageInForce =
        base.transitions().get(base.transitions().size() - 1).toStage().map(Stage::id).orElse("");
    Instant lastEnd = Instant.EPOCH;
    for (JsonNode session : recorded) {
      all.add(session);
      lastEnd = max(lastEnd, latestInstant(session));
      if (!inStageInForce || session.get("stage").asText().equals(stageInForce)) {
        templates.add(session.deepCopy());
      }
    }
    if (templates.isEmpty()) {
      throw new IllegalStateException("the typical record has no session in " + stageInForce);
    }
    Instant firstStart = Instant.parse(templates.get(0).get("start").asText());
    int copy = 0;
    while (all.size() < sessions) {
      copy++;
      Duration shift = Duration.between(firstStart, lastEnd).plusDays(7);
      Instant copyEnd = lastEnd;
      for (int i = 0; i < templates.size() && all.size() < sessions; i++) {
        JsonNode session = templates.get(i).deepCopy();
        rewrite(session, shift, "-c" + copy);
        all.add(session);
        copyEnd = max(copyEnd, latestInstant(session));
      }
      lastEnd = copyEnd;
    }
    while (all.size() > sessions) {
      all.remove(all.size() - 1);
    }
    if (everySecondOutOfStage) {
      for (int i = 1; i < all.size(); i += 2) {
        ObjectNode session = (ObjectNode) all.get(i).deepCopy();
        Stage recordedIn = Stage.fromId(session.get("stage").asText());
        Stage other = Stage.values()[(recordedIn.ordinal() + 2) % Stage.values().length];
        session.put("stage", other.id());
        all.set(i, session);
      }
    }
    root.set("sessions", all);
    try {
      return Documents.readRecord(MAPPER.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Jackson tree of {@code json}. */
  public static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(JsonNode node, Duration shift, String idSuffix) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (value.isTextual()) {
          Instant instant = instant(value.asText());
          if (instant != null) {
            field.setValue(TextNode.valueOf(instant.plus(shift).toString()));
          } else if (field.getKey().equals("id")) {
            field.setValue(TextNode.valueOf(value.asText() + idSuffix));
          }
        } else {
          rewrite(value, shift, idSuffix);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        rewrite(element, shift, idSuffix);
      }
    }
  }

  private static Instant latestInstant(JsonNode node) {
    Instant latest = Instant.EPOCH;
    if (node.isTextual()) {
      Instant instant = instant(node.asText());
      return instant == null ? latest : instant;
    }
    for (JsonNode child : node) {
      latest = max(latest, latestInstant(child));
    }
    if (node.has("start") && node.has("duration")) {
      Instant start = Instant.parse(node.get("start").asText());
      latest = max(latest, start.plus(Duration.parse(node.get("duration").asText())));
    }
    return latest;
  }

  private static Instant instant(String text) {
    if (text.length() < 20 || !text.endsWith("Z") || text.charAt(10) != 'T') {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
