/**
 * The {@code nmt} command: demo, validate, progress, export, cohort outcomes and the reference
 * catalogs.
 */
module org.nmt.cli {
  requires org.nmt.io;
  requires org.nmt.outcomes;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires java.desktop;
  requires org.knowm.xchart;
  requires static org.immutables.value.annotations;

  exports org.nmt.cli;
  exports org.nmt.cli.report;

  opens org.nmt.cli to
      info.picocli;
}
