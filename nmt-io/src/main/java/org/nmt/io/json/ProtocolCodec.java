package org.nmt.io.json;

import static com.google.common.base.Preconditions.checkArgument;
import static org.nmt.io.json.RecordCodec.id;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.nmt.core.assessment.EnduranceTestKind;
import org.nmt.core.assessment.Joint;
import org.nmt.core.stage.Stage;
import org.nmt.core.style.EnumIds;
import org.nmt.io.json.Cursor.Fields;
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
  static final Fields<String> FIELDS =
      Fields.of("kind", "formatVersion", "name", "version", "stages", "gates", "regressionRules")
          .required("name", "version");
  private static final Fields<String> GATE = Fields.of("stage", "criteria").required("stage");

  /** A rule's rise is refused by the rule: unknown to one that takes none, even when null. */
  private static final Fields<String> RULE =
      Fields.of("rule", "rise", "returnTo").required("rule", "returnTo").nullable("rise");

  private static final Fields<String> NO_PARAMETERS = Fields.of("criterion");
  private static final Fields<String> MINIMUM_SESSIONS =
      Fields.of("criterion", "sessions").required("sessions");
  private static final Fields<String> NO_PAIN_FLARE =
      Fields.of("criterion", "rise").required("rise");
  private static final Fields<String> PAIN_CONTROLLED =
      Fields.of("criterion", "maximum", "sessions").required("maximum", "sessions");
  private static final Fields<String> PPT_IMPROVED =
      Fields.of("criterion", "minimumChange").required("minimumChange");
  private static final Fields<String> STRUCTURE_CORRECTED =
      Fields.of("criterion", "minimumImprovement").required("minimumImprovement");
  private static final Fields<String> ROM_RESTORED =
      Fields.of("criterion", "joints", "percentOfNorm", "sideDifferencePercent")
          .required("percentOfNorm", "sideDifferencePercent");
  private static final Fields<String> STRENGTH_RESTORED =
      Fields.of("criterion", "grade", "muscles").required("grade");
  private static final Fields<String> ENDURANCE_REACHED =
      Fields.of("criterion", "targets").required("targets");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final EnumIds.Lookup<Joint> JOINT_IDS = EnumIds.lookup(Joint.class);

  /** The field that tells the type of an object, the first nmt writes. */
  private static final SerializedString CRITERION_FIELD = new SerializedString("criterion");

  private ProtocolCodec() {}

  /** Reads the protocol definition document at the cursor, its header already checked. */
  static ProtocolDefinition read(Cursor in) {
    ProtocolDefinition.Builder definition = ProtocolDefinition.builder();
    in.object(
        FIELDS,
        name -> {
          switch (name) {
            case "name" -> definition.name(in.text());
            case "version" -> definition.version(in.text());
            case "stages" -> in.set(Stage::fromId, definition::addStages);
            case "gates" -> in.array(() -> definition.addGate(readGate(in)));
            case "regressionRules" -> in.array(() -> definition.addRegressionRule(readRule(in)));
            default -> {
              // kind and formatVersion: checked before the body is read.
            }
          }
        });
    return in.build(definition::build);
  }

  /** The parts of a gate as they are read. */
  private static final class GateParts {
    Stage stage;
    final ImmutableList.Builder<Criterion> criteria = ImmutableList.builder();
  }

  private static Gate readGate(Cursor in) {
    GateParts gate = new GateParts();
    in.object(
        GATE,
        name -> {
          switch (name) {
            case "stage" -> gate.stage = in.enumValue(Stage.class);
            default -> in.array(() -> gate.criteria.add(readCriterion(in)));
          }
        });
    return in.build(() -> Gate.of(gate.stage, gate.criteria.build()));
  }

  private static Criterion readCriterion(Cursor in) {
    return in.discriminated(
        CRITERION_FIELD,
        type -> {
          switch (type) {
            case MinimumSessions.ID:
              {
                int sessions = parameter(in, MINIMUM_SESSIONS, in::integer);
                return in.build(() -> MinimumSessions.of(sessions));
              }
            case TherapistSignOff.ID:
              in.object(NO_PARAMETERS, name -> {});
              return TherapistSignOff.of();
            case NoActiveTriggerPoints.ID:
              in.object(NO_PARAMETERS, name -> {});
              return NoActiveTriggerPoints.of();
            case NoPainFlare.ID:
              {
                int rise = parameter(in, NO_PAIN_FLARE, in::integer);
                return in.build(() -> NoPainFlare.of(rise));
              }
            case PainControlled.ID:
              {
                PainLimits limits = new PainLimits();
                in.object(
                    PAIN_CONTROLLED,
                    name -> {
                      switch (name) {
                        case "maximum" -> limits.maximum = in.integer();
                        case "sessions" -> limits.sessions = in.integer();
                        default -> {
                          // criterion: read first.
                        }
                      }
                    });
                return in.build(() -> PainControlled.of(limits.maximum, limits.sessions));
              }
            case PressurePainThresholdImproved.ID:
              {
                double change = parameter(in, PPT_IMPROVED, in::number);
                return in.build(() -> PressurePainThresholdImproved.of(change));
              }
            case StructureCorrected.ID:
              {
                double improvement = parameter(in, STRUCTURE_CORRECTED, in::number);
                return in.build(() -> StructureCorrected.of(improvement));
              }
            case RangeOfMotionRestored.ID:
              {
                RangeOfMotionRestored.Builder rom = RangeOfMotionRestored.builder();
                in.object(
                    ROM_RESTORED,
                    name -> {
                      switch (name) {
                        case "joints" -> in.enumSet(JOINT_IDS, rom::addJoints);
                        case "percentOfNorm" -> rom.percentOfNorm(in.number());
                        case "sideDifferencePercent" -> rom.sideDifferencePercent(in.number());
                        default -> {
                          // criterion: read first.
                        }
                      }
                    });
                return in.build(rom::build);
              }
            case StrengthRestored.ID:
              {
                StrengthRestored.Builder strength = StrengthRestored.builder();
                in.object(
                    STRENGTH_RESTORED,
                    name -> {
                      switch (name) {
                        case "grade" -> strength.grade(in.integer());
                        case "muscles" -> in.set(ProtocolCodec::muscleId, strength::addMuscles);
                        default -> {
                          // criterion: read first.
                        }
                      }
                    });
                return in.build(strength::build);
              }
            case EnduranceReached.ID:
              {
                EnduranceReached.Builder endurance = EnduranceReached.builder();
                in.object(
                    ENDURANCE_REACHED,
                    name -> {
                      if (name.equals("targets")) {
                        in.entries(
                            test ->
                                endurance.putTarget(
                                    in.domain(() -> EnumIds.parse(EnduranceTestKind.class, test)),
                                    in.number()));
                      }
                    });
                return in.build(endurance::build);
              }
            default:
              throw in.failField("criterion", "unknown criterion '" + Cursor.shorten(type) + "'");
          }
        });
  }

  /**
   * The one parameter of the criterion at the cursor, whose {@code fields} are its type and that
   * parameter, read by {@code read}.
   */
  private static <T> T parameter(Cursor in, Fields<String> fields, Supplier<T> read) {
    List<T> parameter = new ArrayList<>(1);
    in.object(
        fields,
        name -> {
          if (!name.equals("criterion")) {
            parameter.add(read.get());
          }
        });
    return parameter.get(0);
  }

  /** The parameters of a pain-controlled criterion as they are read. */
  private static final class PainLimits {
    int maximum;
    int sessions;
  }

  /**
   * {@code id} if it has the form of a muscle id of a catalog; the criterion itself takes any
   * string.
   */
  private static String muscleId(String id) {
    checkArgument(
        id.length() <= 64 && SLUG.matcher(id).matches(),
        "muscle id must be a lower-kebab slug of at most 64 characters: '%s'",
        Cursor.shorten(id));
    return id;
  }

  /** The parts of a regression rule as they are read; its rule says if it takes a rise. */
  private static final class RuleParts {
    String rule;
    Stage returnTo;
    JsonNode rise;
  }

  private static RegressionRule readRule(Cursor in) {
    RuleParts parts = new RuleParts();
    in.object(
        RULE,
        name -> {
          switch (name) {
            case "rule" -> parts.rule = in.text();
            case "returnTo" -> parts.returnTo = in.enumValue(Stage.class);
            default -> parts.rise = in.valueAsTree();
          }
        });
    switch (parts.rule) {
      case PainFlareRegression.ID:
        if (parts.rise == null) {
          throw in.failField("rise", "required field is missing");
        }
        if (parts.rise.isNull()) {
          throw in.failField("rise", "must not be null");
        }
        int rise = in.fieldFromTree("rise", parts.rise, in::integer);
        return in.build(() -> PainFlareRegression.of(rise, parts.returnTo));
      case ActiveTriggerPointRegression.ID:
        if (parts.rise != null) {
          throw in.failField("rise", "unknown field 'rise'");
        }
        return ActiveTriggerPointRegression.of(parts.returnTo);
      default:
        throw in.failField("rule", "unknown regression rule '" + Cursor.shorten(parts.rule) + "'");
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
