package org.nmt.io.json;

import java.util.Optional;
import org.nmt.core.style.EnumIds;

/** The kinds of nmt document, each with the format version this library writes. */
public enum DocumentKind {
  /** A client record: client, intake, assessments, sessions, transitions and sign-offs. */
  CLIENT_RECORD(1, 0),
  /** A treatment plan: client, intake and planned sessions with their stages and techniques. */
  TREATMENT_PLAN(1, 0),
  /** A protocol definition: stage order, gates with their criteria, regression rules. */
  PROTOCOL_DEFINITION(1, 0),
  /** A muscle catalog: muscles and fascia with their trigger point sites and sources. */
  MUSCLE_CATALOG(1, 0);

  private final int major;
  private final int minor;

  DocumentKind(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /** The kind as written in a document's {@code kind} field ({@code "client-record"}). */
  public String id() {
    return EnumIds.id(this);
  }

  /** The major format version this library writes and reads. */
  public int major() {
    return major;
  }

  /** The minor format version this library writes; it reads every minor version up to it. */
  int minor() {
    return minor;
  }

  /** The format version this library writes, {@code MAJOR.MINOR}. */
  public String formatVersion() {
    return major + "." + minor;
  }

  /** The kind whose id is {@code id}, if any. */
  public static Optional<DocumentKind> fromId(String id) {
    for (DocumentKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
