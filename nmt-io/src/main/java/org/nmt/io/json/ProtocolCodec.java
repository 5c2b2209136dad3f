package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkArgument;
import static org.nmt.io.json.RecordCodec.enumValue;
import static org.nmt.io.json.RecordCodec.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.protocol.criterion.Criterion;
import org.nmt.protocol.criterion.EnduranceReached;
import org.nmt.protocol.criterion.MinimumSessions;
import org.nmt.protocol.criterion.NoActiveTriggerPoints;
import org.nmt.protocol.criterion.NoPainFlare;
import org.nmt.protocol.criterion.PainControlled;
import org.nmt.protocol.criterion.PressurePainThresholdImproved;
import org.nmt.protocol.criterion.RangeOfMotionRestored;
import org.nmt.protocol.criterion.StrengthRestored;
import org.nmt.protocol.criterion.StructureCorrected;
import org.nmt.protocol.criterion.TherapistSignOff;
import org.nmt.protocol.definition.ActiveTriggerPointRegression;
import org.nmt.protocol.definition.Gate;
import org.nmt.protocol.definition.PainFlareRegression;
import org.nmt.protocol.definition.ProtocolDefinition;
import org.nmt.protocol.definition.RegressionRule;

/**
 * Reads and writes the body of a protocol definition document: stage order, gates with their
 * criteria and parameters (each criterion an object tagged by its id), and regression rules.
 */
final class ProtocolCodec {
  static final Set<String> FIELDS =
      ImmutableSet.of(
          "kind", "formatVersion", "name", "version", "stages", "gates", "regressionRules");
  private static final Set<String> GATE_FIELDS = ImmutableSet.of("stage", "criteria");
  private static final Set<String> RULE_FIELDS = ImmutableSet.of("rule", "rise", "returnTo");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private ProtocolCodec() {}

  static ProtocolDefinition read(In in) {
    ProtocolDefinition.Builder definition = ProtocolDefinition.builder();
    definition
        .name(in.text("name"))
        .version(in.text("version"))
        .addAllStages(in.idSet("stages", Stage::fromId))
        .addAllGates(in.list("gates", ProtocolCodec::readGate))
        .addAllRegressionRules(in.list("regressionRules", ProtocolCodec::readRule));
    return in.build(definition::build);
  }

  private static Gate readGate(JsonNode node, String at) {
    In in = In.object(node, at, GATE_FIELDS);
    Stage stage = enumValue(in, "stage", Stage.class);
    return in.build(() -> Gate.of(stage, in.list("criteria", ProtocolCodec::readCriterion)));
  }

  private static Criterion readCriterion(JsonNode node, String at) {
    String type = In.discriminator(node, at, "criterion");
    switch (type) {
      case MinimumSessions.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "sessions"));
          int sessions = in.integer("sessions");
          return in.build(() -> MinimumSessions.of(sessions));
        }
      case TherapistSignOff.ID:
        In.object(node, at, ImmutableSet.of("criterion"));
        return TherapistSignOff.of();
      case NoActiveTriggerPoints.ID:
        In.object(node, at, ImmutableSet.of("criterion"));
        return NoActiveTriggerPoints.of();
      case NoPainFlare.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "rise"));
          int rise = in.integer("rise");
          return in.build(() -> NoPainFlare.of(rise));
        }
      case PainControlled.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "maximum", "sessions"));
          int maximum = in.integer("maximum");
          int sessions = in.integer("sessions");
          return in.build(() -> PainControlled.of(maximum, sessions));
        }
      case PressurePainThresholdImproved.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "minimumChange"));
          double change = in.number("minimumChange");
          return in.build(() -> PressurePainThresholdImproved.of(change));
        }
      case StructureCorrected.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "minimumImprovement"));
          double improvement = in.number("minimumImprovement");
          return in.build(() -> StructureCorrected.of(improvement));
        }
      case RangeOfMotionRestored.ID:
        {
          In in =
              In.object(
                  node,
                  at,
                  ImmutableSet.of("criterion", "joints", "percentOfNorm", "sideDifferencePercent"));
          RangeOfMotionRestored.Builder rom = RangeOfMotionRestored.builder();
          rom.addAllJoints(in.idSet("joints", id -> EnumIds.parse(Joint.class, id)))
              .percentOfNorm(in.number("percentOfNorm"))
              .sideDifferencePercent(in.number("sideDifferencePercent"));
          return in.build(rom::build);
        }
      case StrengthRestored.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "grade", "muscles"));
          StrengthRestored.Builder strength = StrengthRestored.builder();
          strength
              .grade(in.integer("grade"))
              .addAllMuscles(in.idSet("muscles", ProtocolCodec::muscleId));
          return in.build(strength::build);
        }
      case EnduranceReached.ID:
        {
          In in = In.object(node, at, ImmutableSet.of("criterion", "targets"));
          EnduranceReached.Builder endurance = EnduranceReached.builder();
          JsonNode targets = in.required("targets");
          if (!targets.isObject()) {
            throw DocumentException.at(
                in.at("targets"), "must be an object, not " + In.type(targets));
          }
          Iterator<Map.Entry<String, JsonNode>> fields = targets.fields();
          while (fields.hasNext()) {
            Map.Entry<String, JsonNode> target = fields.next();
            String targetAt = In.child(in.at("targets"), target.getKey());
            EnduranceTestKind test =
                In.domain(targetAt, () -> EnumIds.parse(EnduranceTestKind.class, target.getKey()));
            endurance.putTarget(test, In.number(target.getValue(), targetAt));
          }
          return in.build(endurance::build);
        }
      default:
        throw DocumentException.at(
            In.child(at, "criterion"), "unknown criterion '" + In.shorten(type) + "'");
    }
  }

  /**
   * {@code id} if it has the form of a muscle id of a catalog; the criterion itself takes any
   * string.
   */
  private static String muscleId(String id) {
    checkArgument(
        id.length() <= 64 && SLUG.matcher(id).matches(),
        "muscle id must be a lower-kebab slug of at most 64 characters: '%s'",
        In.shorten(id));
    return id;
  }

  private static RegressionRule readRule(JsonNode node, String at) {
    In in = In.object(node, at, RULE_FIELDS);
    String rule = in.text("rule");
    Stage returnTo = enumValue(in, "returnTo", Stage.class);
    switch (rule) {
      case PainFlareRegression.ID:
        int rise = in.integer("rise");
        return in.build(() -> PainFlareRegression.of(rise, returnTo));
      case ActiveTriggerPointRegression.ID:
        if (in.has("rise")) {
          throw DocumentException.at(in.at("rise"), "unknown field 'rise'");
        }
        return ActiveTriggerPointRegression.of(returnTo);
      default:
        throw DocumentException.at(
            in.at("rule"), "unknown regression rule '" + In.shorten(rule) + "'");
    }
  }

  static void writeBody(Out out, ProtocolDefinition definition) {
    out.text("name", definition.name())
        .text("version", definition.version())
        .texts("stages", RecordCodec.ids(definition.stages()))
        .objects(
            "gates",
            definition.gates(),
            (o, gate) ->
                o.start()
                    .text("stage", id(gate.stage()))
                    .objects("criteria", gate.criteria(), ProtocolCodec::writeCriterion)
                    .end())
        .objects("regressionRules", definition.regressionRules(), ProtocolCodec::writeRule);
  }

  private static void writeCriterion(Out out, Criterion criterion) {
    out.start().text("criterion", criterion.id());
    if (criterion instanceof MinimumSessions) {
      out.number("sessions", ((MinimumSessions) criterion).sessions());
    } else if (criterion instanceof NoPainFlare) {
      out.number("rise", ((NoPainFlare) criterion).rise());
    } else if (criterion instanceof PainControlled) {
      PainControlled pain = (PainControlled) criterion;
      out.number("maximum", pain.maximum()).number("sessions", pain.sessions());
    } else if (criterion instanceof PressurePainThresholdImproved) {
      out.number("minimumChange", ((PressurePainThresholdImproved) criterion).minimumChange());
    } else if (criterion instanceof StructureCorrected) {
      out.number("minimumImprovement", ((StructureCorrected) criterion).minimumImprovement());
    } else if (criterion instanceof RangeOfMotionRestored) {
      RangeOfMotionRestored rom = (RangeOfMotionRestored) criterion;
      out.texts("joints", RecordCodec.ids(rom.joints()))
          .number("percentOfNorm", rom.percentOfNorm())
          .number("sideDifferencePercent", rom.sideDifferencePercent());
    } else if (criterion instanceof StrengthRestored) {
      StrengthRestored strength = (StrengthRestored) criterion;
      out.number("grade", strength.grade()).texts("muscles", strength.muscles());
    } else if (criterion instanceof EnduranceReached) {
      out.field("targets").start();
      ((EnduranceReached) criterion)
          .targets()
          .forEach((test, target) -> out.number(test.id(), target));
      out.end();
    }
    out.end();
  }

  private static void writeRule(Out out, RegressionRule rule) {
    out.start().text("rule", rule.id());
    if (rule instanceof PainFlareRegression) {
      out.number("rise", ((PainFlareRegression) rule).rise());
    }
    out.text("returnTo", id(rule.returnTo())).end();
  }
}
