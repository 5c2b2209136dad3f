package org.nmt.io.schema;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.nmt.core.assessment.Assessment;
import org.nmt.core.assessment.PosturalFinding;
import org.nmt.core.assessment.PressurePainThresholdReading;
import org.nmt.core.assessment.StructuralEvaluation;
import org.nmt.core.client.Client;
import org.nmt.core.client.Intake;
import org.nmt.core.client.ScreeningFinding;
import org.nmt.core.record.ClientRecord;
import org.nmt.core.record.StageTransition;
import org.nmt.core.session.AdverseEvent;
import org.nmt.core.session.ClientResponse;
import org.nmt.core.session.Session;
import org.nmt.core.session.SoapNote;
import org.nmt.core.session.TechniqueApplication;
import org.nmt.core.trigger.TriggerPointExamination;

/**
 * Removes a random subset of the optional parts of a valid client record through the model's
 * builders, keeping it valid: optional fields, list elements, sites of locations.
 */
final class Thinning {
  private final Random random;

  private Thinning(Random random) {
    this.random = random;
  }

  /** {@code record} with a random subset of its optional parts removed. */
  static ClientRecord thin(ClientRecord record, Random random) {
    return new Thinning(random).record(record);
  }

  private boolean drop() {
    return random.nextBoolean();
  }

  private <T> ImmutableList<T> some(List<T> elements, UnaryOperator<T> thin) {
    ImmutableList.Builder<T> kept = ImmutableList.builder();
    for (T element : elements) {
      if (random.nextInt(4) > 0) {
        kept.add(thin.apply(element));
      }
    }
    return kept.build();
  }

  private ClientRecord record(ClientRecord record) {
    return ClientRecord.builder()
        .from(record)
        .client(client(record.client()))
        .intake(intake(record.intake()))
        .assessments(some(record.assessments(), this::assessment))
        .sessions(some(record.sessions(), this::session))
        .transitions(some(record.transitions(), this::transition))
        .signOffs(some(record.signOffs(), UnaryOperator.identity()))
        .build();
  }

  private Client client(Client client) {
    Client.Builder thinned = Client.builder().from(client);
    if (drop()) {
      thinned.birthYear(OptionalInt.empty());
    }
    if (drop()) {
      thinned.sex(Optional.empty());
    }
    thinned.activityProfiles(some(client.activityProfiles().asList(), UnaryOperator.identity()));
    thinned.presentingConditions(
        some(client.presentingConditions().asList(), UnaryOperator.identity()));
    return thinned.build();
  }

  private Intake intake(Intake intake) {
    Intake.Builder thinned = Intake.builder().from(intake);
    if (drop()) {
      thinned.chiefComplaint(Optional.empty());
    }
    return thinned.screening(some(intake.screening(), this::screening)).build();
  }

  private ScreeningFinding screening(ScreeningFinding finding) {
    ScreeningFinding.Builder thinned = ScreeningFinding.builder().from(finding);
    if (drop()) {
      thinned.clearance(Optional.empty());
    }
    if (drop()) {
      thinned.resolvedOn(Optional.empty());
    }
    return thinned.build();
  }

  private Assessment assessment(Assessment assessment) {
    if (assessment instanceof PressurePainThresholdReading) {
      PressurePainThresholdReading reading = (PressurePainThresholdReading) assessment;
      return PressurePainThresholdReading.builder()
          .from(reading)
          .location(drop() ? reading.location().wholeMuscle() : reading.location())
          .readings(reading.readings().subList(0, 1 + random.nextInt(reading.readings().size())))
          .build();
    }
    if (assessment instanceof StructuralEvaluation) {
      StructuralEvaluation evaluation = (StructuralEvaluation) assessment;
      return StructuralEvaluation.builder()
          .from(evaluation)
          .findings(some(evaluation.findings(), this::finding))
          .build();
    }
    return assessment;
  }

  private PosturalFinding finding(PosturalFinding finding) {
    PosturalFinding.Builder thinned = PosturalFinding.builder().from(finding);
    if (drop()) {
      thinned.side(Optional.empty());
    }
    if (drop()) {
      thinned.normalRange(Optional.empty());
    }
    return thinned.build();
  }

  private Session session(Session session) {
    Session.Builder thinned = Session.builder().from(session);
    if (drop()) {
      thinned.painBefore(OptionalInt.empty());
    }
    if (drop()) {
      thinned.painAfter(OptionalInt.empty());
    }
    thinned
        .triggerPointExaminations(some(session.triggerPointExaminations(), this::examination))
        .assessments(some(session.assessments(), this::assessment))
        .techniques(some(session.techniques(), this::technique));
    thinned.response(drop() ? Optional.empty() : session.response().map(this::response));
    thinned.note(drop() ? Optional.empty() : session.note().map(this::note));
    return thinned.build();
  }

  private TriggerPointExamination examination(TriggerPointExamination exam) {
    TriggerPointExamination.Builder thinned = TriggerPointExamination.builder().from(exam);
    if (drop()) {
      thinned.location(exam.location().wholeMuscle());
    }
    if (drop()) {
      thinned.palpationPain(OptionalInt.empty());
    }
    if (drop()) {
      thinned.pressurePainThreshold(Optional.empty());
    }
    return thinned
        .referralZonesObserved(some(exam.referralZonesObserved(), UnaryOperator.identity()))
        .build();
  }

  private TechniqueApplication technique(TechniqueApplication technique) {
    TechniqueApplication.Builder thinned = TechniqueApplication.builder().from(technique);
    if (drop()) {
      thinned.target(technique.target().wholeMuscle());
    }
    if (drop()) {
      thinned.holdTime(Optional.empty());
    }
    if (drop()) {
      thinned.repetitions(OptionalInt.empty());
    }
    if (drop()) {
      thinned.reportedIntensity(OptionalInt.empty());
    }
    return thinned.build();
  }

  private ClientResponse response(ClientResponse response) {
    ClientResponse.Builder thinned = ClientResponse.builder().from(response);
    if (drop()) {
      thinned.sorenessDuration(Optional.empty());
    }
    return thinned.adverseEvents(some(response.adverseEvents(), this::adverseEvent)).build();
  }

  private AdverseEvent adverseEvent(AdverseEvent event) {
    return drop()
        ? AdverseEvent.builder().from(event).description(Optional.empty()).build()
        : event;
  }

  private SoapNote note(SoapNote note) {
    SoapNote.Builder thinned = SoapNote.builder().from(note);
    if (drop()) {
      thinned.subjective(Optional.empty());
    }
    if (drop()) {
      thinned.objective(Optional.empty());
    }
    if (drop()) {
      thinned.assessment(Optional.empty());
    }
    if (drop()) {
      thinned.plan(Optional.empty());
    }
    return thinned.build();
  }

  private StageTransition transition(StageTransition transition) {
    StageTransition.Builder thinned = StageTransition.builder().from(transition);
    if (drop()) {
      thinned.therapistId(Optional.empty());
    }
    if (drop()) {
      thinned.justification(Optional.empty());
    }
    if (drop()) {
      thinned.trigger(Optional.empty());
    }
    return thinned
        .failedCriteria(some(transition.failedCriteria(), UnaryOperator.identity()))
        .build();
  }
}
