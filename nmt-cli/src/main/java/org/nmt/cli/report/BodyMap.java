package org.nmt.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nmt.core.anatomy.BodyRegion;
import org.nmt.core.anatomy.FunctionalGroup;
import org.nmt.core.anatomy.Muscle;
import org.nmt.core.anatomy.MuscleCatalog;
import org.nmt.core.anatomy.Side;
import org.nmt.core.anatomy.TissueLocation;
import org.nmt.core.progress.TriggerPointHistory;
import org.nmt.core.progress.TriggerPointState;

/**
 * The body map of the report: an inline SVG of a front and a back outline of a human figure, drawn
 * here, with one marker per examined trigger point location, coloured by its current state.
 *
 * <p>A marker is placed at the anchor of the muscle's {@link BodyRegion}, on the view that shows
 * the muscle (one table, {@link #VIEW_BY_GROUP} with {@link #VIEW_BY_MUSCLE} for the muscles that
 * face the other way than their group), and on the client's side: on the front view the client
 * faces the viewer, so the client's left is on the viewer's right; on the back view the client's
 * left is on the viewer's left. A bilateral location has one marker with a dot on each side, a
 * midline one a dot on the midline. Several markers of one region and view spread outward and down,
 * never across the midline. Stateless and thread-safe.
 */
final class BodyMap {
  /** Which way a figure faces the viewer. */
  enum View {
    FRONT(150),
    BACK(450);

    /** The x coordinate of the figure's midline in the SVG. */
    final int midline;

    View(int midline) {
      this.midline = midline;
    }

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The sign of the viewer's x direction of the client's {@code side}: on the front view the
     * client's left is on the viewer's right (+1), on the back view on the viewer's left (-1).
     */
    int sign(Side side) {
      int left = this == FRONT ? 1 : -1;
      switch (side) {
        case LEFT:
          return left;
        case RIGHT:
          return -left;
        default:
          return 0;
      }
    }
  }

  /** The view that shows the muscles of each functional group. */
  static final ImmutableMap<FunctionalGroup, View> VIEW_BY_GROUP =
      ImmutableMap.<FunctionalGroup, View>builder()
          .put(FunctionalGroup.CALVES, View.BACK)
          .put(FunctionalGroup.SHIN, View.FRONT)
          .put(FunctionalGroup.FOOT, View.BACK) // the sole: drawn at the heel
          .put(FunctionalGroup.HAMSTRINGS, View.BACK)
          .put(FunctionalGroup.QUADRICEPS, View.FRONT)
          .put(FunctionalGroup.ADDUCTORS, View.FRONT)
          .put(FunctionalGroup.GLUTES, View.BACK)
          .put(FunctionalGroup.HIP_ROTATORS, View.BACK)
          .put(FunctionalGroup.HIP_FLEXORS, View.FRONT)
          .put(FunctionalGroup.LATERAL_HIP, View.FRONT)
          .put(FunctionalGroup.LOWER_BACK, View.BACK)
          .put(FunctionalGroup.ABDOMINALS, View.FRONT)
          .put(FunctionalGroup.UPPER_BACK, View.BACK)
          .put(FunctionalGroup.CHEST, View.FRONT)
          .put(FunctionalGroup.NECK, View.FRONT) // sternocleidomastoid, scalenes, longus colli
          .put(FunctionalGroup.SUBOCCIPITALS, View.BACK)
          .put(FunctionalGroup.HEAD, View.FRONT)
          .put(FunctionalGroup.JAW, View.FRONT)
          .put(FunctionalGroup.ROTATOR_CUFF, View.BACK)
          .put(FunctionalGroup.SCAPULAR, View.BACK)
          .put(FunctionalGroup.SHOULDER, View.BACK)
          .put(FunctionalGroup.ARM, View.FRONT)
          .put(FunctionalGroup.FOREARM_FLEXORS, View.FRONT)
          .put(FunctionalGroup.FOREARM_EXTENSORS, View.BACK)
          .put(FunctionalGroup.HAND, View.FRONT)
          .buildOrThrow();

  /** The muscles that face the other way than the rest of their group. */
  static final ImmutableMap<String, View> VIEW_BY_MUSCLE =
      ImmutableMap.of(
          "upper-trapezius", View.BACK,
          "splenius-capitis", View.BACK,
          "splenius-cervicis", View.BACK,
          "semispinalis-capitis", View.BACK,
          "serratus-anterior", View.FRONT,
          "triceps-brachii", View.BACK);

  /** Where each region sits: distance from the midline and height, from the top of the head. */
  static final ImmutableMap<BodyRegion, int[]> ANCHORS =
      ImmutableMap.<BodyRegion, int[]>builder()
          .put(BodyRegion.HEAD, new int[] {14, 26})
          .put(BodyRegion.JAW, new int[] {13, 46})
          .put(BodyRegion.NECK, new int[] {9, 66})
          .put(BodyRegion.SHOULDER, new int[] {46, 86})
          .put(BodyRegion.UPPER_BACK, new int[] {24, 110})
          .put(BodyRegion.CHEST, new int[] {24, 104})
          .put(BodyRegion.ABDOMEN, new int[] {14, 160})
          .put(BodyRegion.LOWER_BACK, new int[] {14, 184})
          .put(BodyRegion.UPPER_ARM, new int[] {60, 132})
          .put(BodyRegion.FOREARM, new int[] {70, 196})
          .put(BodyRegion.HAND, new int[] {78, 258})
          .put(BodyRegion.PELVIS, new int[] {18, 214})
          .put(BodyRegion.HIP, new int[] {30, 230})
          .put(BodyRegion.THIGH, new int[] {24, 296})
          .put(BodyRegion.KNEE, new int[] {22, 346})
          .put(BodyRegion.LOWER_LEG, new int[] {21, 398})
          .put(BodyRegion.FOOT, new int[] {22, 448})
          .buildOrThrow();

  /** The top of each figure's head. */
  static final int TOP = 48;

  /** The distance between neighbouring places of markers; a marker's dot has radius 5. */
  static final int SPREAD = 11;

  private static final int COLUMNS = 3;
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private BodyMap() {}

  /** The view that shows {@code muscle}. */
  static View view(Muscle muscle) {
    View view = VIEW_BY_MUSCLE.get(muscle.id());
    return view != null ? view : VIEW_BY_GROUP.get(muscle.group());
  }

  /** The colour class of a marker in {@code state}. */
  static String stateClass(TriggerPointState state) {
    switch (state) {
      case ACTIVE:
        return "active";
      case LATENT:
        return "latent";
      default:
        return "clear";
    }
  }

  /**
   * The SVG of the body map with a marker per history in {@code histories} whose muscle {@code
   * catalog} knows; the locations of other muscles are left out (the caller lists them).
   */
  static String svg(List<TriggerPointHistory> histories, MuscleCatalog catalog) {
    checkNotNull(histories, "histories");
    checkNotNull(catalog, "catalog");
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg id=\"body-map\" viewBox=\"0 0 600 560\""
            + " width=\"600\" height=\"560\" role=\"img\" aria-labelledby=\"body-map-title\">\n");
    svg.append(
        "<title id=\"body-map-title\">Body map, front and back: trigger point locations by"
            + " muscle and side, coloured by their current state</title>\n");
    for (View view : View.values()) {
      figure(svg, view);
    }
    Map<View, List<int[]>> placed = new EnumMap<>(View.class);
    for (TriggerPointHistory history : histories) {
      TissueLocation location = history.location();
      Optional<Muscle> found = catalog.find(location.muscleId());
      if (found.isEmpty()) {
        continue;
      }
      Muscle muscle = found.get();
      View view = view(muscle);
      int[] anchor = ANCHORS.get(muscle.region());
      TriggerPointState state = history.current();
      svg.append("<g class=\"tp-marker ")
          .append(stateClass(state))
          .append("\" data-location=\"")
          .append(ESCAPER.escape(location.toString()))
          .append("\" data-muscle=\"")
          .append(ESCAPER.escape(muscle.id()))
          .append("\" data-side=\"")
          .append(location.side().id())
          .append("\" data-view=\"")
          .append(view.id())
          .append("\" data-state=\"")
          .append(state.id())
          .append("\"><title>")
          .append(ESCAPER.escape(label(muscle, location)))
          .append(": ")
          .append(state.id().replace('-', ' '))
          .append("</title>");
      List<int[]> taken = placed.computeIfAbsent(view, v -> new ArrayList<>());
      for (int[] dot : place(view, location.side(), anchor, taken)) {
        taken.add(dot);
        svg.append("<circle cx=\"")
            .append(dot[0])
            .append("\" cy=\"")
            .append(dot[1])
            .append("\" r=\"5\"/>");
      }
      svg.append("</g>\n");
    }
    legend(svg);
    svg.append("</svg>");
    return svg.toString();
  }

  /** {@code "Upper trapezius, right (upper-fibres)"}: the muscle's name, side and site id. */
  static String label(Muscle muscle, TissueLocation location) {
    return muscle.name()
        + ", "
        + location.side().id()
        + location.siteId().map(s -> " (" + s + ")").orElse("");
  }

  /**
   * The dots of a marker on {@code side} at {@code anchor}: the first place in a grid that runs
   * outward from the anchor ({@link #COLUMNS} wide, then down a row) where no dot in {@code taken}
   * is nearer than {@link #SPREAD}. A bilateral marker takes mirrored places on both sides; a
   * midline marker runs down the midline.
   */
  static List<int[]> place(View view, Side side, int[] anchor, List<int[]> taken) {
    // Each taken dot blocks at most four places of a grid SPREAD apart, twice for bilateral.
    int limit = 8 * taken.size() + 1;
    for (int k = 0; k <= limit; k++) {
      int dx = anchor[0] + (k % COLUMNS) * SPREAD;
      int y = TOP + anchor[1] + (k / COLUMNS) * SPREAD;
      List<int[]> candidate;
      switch (side) {
        case BILATERAL:
          candidate =
              List.of(
                  new int[] {view.midline + view.sign(Side.LEFT) * dx, y},
                  new int[] {view.midline + view.sign(Side.RIGHT) * dx, y});
          break;
        case MIDLINE:
          candidate = List.of(new int[] {view.midline, TOP + anchor[1] + k * SPREAD});
          break;
        default:
          candidate = List.of(new int[] {view.midline + view.sign(side) * dx, y});
          break;
      }
      if (candidate.stream().allMatch(dot -> free(dot, taken))) {
        return candidate;
      }
    }
    throw new AssertionError("no free place within " + limit + " steps");
  }

  private static boolean free(int[] dot, List<int[]> taken) {
    for (int[] other : taken) {
      int dx = dot[0] - other[0];
      int dy = dot[1] - other[1];
      if (dx * dx + dy * dy < SPREAD * SPREAD) {
        return false;
      }
    }
    return true;
  }

  /** Head, neck, torso, arms, hands, legs and feet around {@code view}'s midline. */
  private static void figure(StringBuilder svg, View view) {
    int c = view.midline;
    int t = TOP;
    svg.append("<g class=\"figure\" data-view=\"")
        .append(view.id())
        .append("\" data-midline=\"")
        .append(c)
        .append("\">\n");
    svg.append("<text class=\"view-title\" x=\"")
        .append(c)
        .append("\" y=\"24\" text-anchor=\"middle\">")
        .append(view == View.FRONT ? "Front" : "Back")
        .append("</text>\n");
    // Head and neck.
    svg.append(
        String.format(
            Locale.ROOT, "<ellipse cx=\"%d\" cy=\"%d\" rx=\"20\" ry=\"26\"/>\n", c, t + 26));
    svg.append(
        path(
            "M%d %d L%d %d L%d %d L%d %d Z",
            c - 9, t + 50, c + 9, t + 50, c + 10, t + 74, c - 10, t + 74));
    for (int s : new int[] {-1, 1}) {
      // Arm: from the shoulder down to the wrist, slightly away from the body.
      svg.append(
          path(
              "M%d %d Q%d %d %d %d L%d %d L%d %d L%d %d L%d %d Q%d %d %d %d Z",
              c + s * 40,
              t + 74,
              c + s * 58,
              t + 76,
              c + s * 62,
              t + 100,
              c + s * 80,
              t + 244,
              c + s * 68,
              t + 246,
              c + s * 56,
              t + 150,
              c + s * 50,
              t + 110,
              c + s * 46,
              t + 100,
              c + s * 40,
              t + 100));
      // Hand.
      svg.append(
          String.format(
              Locale.ROOT,
              "<ellipse cx=\"%d\" cy=\"%d\" rx=\"8\" ry=\"13\"/>\n",
              c + s * 76,
              t + 258));
      // Leg: from the hip to the ankle.
      svg.append(
          path(
              "M%d %d L%d %d L%d %d L%d %d L%d %d L%d %d Z",
              c + s * 3,
              t + 236,
              c + s * 42,
              t + 228,
              c + s * 38,
              t + 340,
              c + s * 30,
              t + 440,
              c + s * 14,
              t + 440,
              c + s * 10,
              t + 340));
      // Foot: toes forward on the front view, the heel on the back view.
      svg.append(
          String.format(
              Locale.ROOT,
              "<ellipse cx=\"%d\" cy=\"%d\" rx=\"%d\" ry=\"7\"/>\n",
              c + s * 22,
              t + 448,
              view == View.FRONT ? 13 : 9));
    }
    // Torso: shoulders, waist and hips.
    svg.append(
        path(
            "M%d %d Q%d %d %d %d L%d %d Q%d %d %d %d L%d %d Q%d %d %d %d L%d %d Q%d %d %d %d Z",
            c - 10, t + 70, c - 46, t + 72, c - 50, t + 96, c - 38, t + 190, c - 46, t + 214,
            c - 44, t + 236, c + 44, t + 236, c + 46, t + 214, c + 38, t + 190, c + 50, t + 96,
            c + 46, t + 72, c + 10, t + 70));
    if (view == View.FRONT) {
      // Eyes, mouth and navel: the figure faces the viewer.
      for (int e : new int[] {-7, 7}) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"detail\" cx=\"%d\" cy=\"%d\" r=\"2\"/>\n",
                c + e,
                t + 22));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<path class=\"detail\" d=\"M%d %d Q%d %d %d %d\"/>\n",
              c - 6,
              t + 36,
              c,
              t + 40,
              c + 6,
              t + 36));
      svg.append(
          String.format(
              Locale.ROOT, "<circle class=\"detail\" cx=\"%d\" cy=\"%d\" r=\"2\"/>\n", c, t + 176));
    } else {
      // The spine: the figure turns its back to the viewer.
      svg.append(
          String.format(
              Locale.ROOT,
              "<path class=\"detail spine\" d=\"M%d %d L%d %d\"/>\n",
              c,
              t + 58,
              c,
              t + 220));
    }
    // The client's sides, as the viewer sees them.
    int right = view.sign(Side.RIGHT);
    svg.append(sideLetter(c + right * 96, t + 470, "R"))
        .append(sideLetter(c - right * 96, t + 470, "L"));
    svg.append("</g>\n");
  }

  private static String sideLetter(int x, int y, String letter) {
    return String.format(
        Locale.ROOT,
        "<text class=\"side-letter\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
        x,
        y,
        letter);
  }

  private static String path(String format, Object... args) {
    return "<path d=\"" + String.format(Locale.ROOT, format, args) + "\"/>\n";
  }

  private static void legend(StringBuilder svg) {
    int y = 538;
    String[][] entries = {
      {"active", "active trigger point"},
      {"latent", "latent trigger point"},
      {"clear", "resolved or not confirmed"}
    };
    int x = 40;
    svg.append("<g class=\"legend\">");
    for (String[] entry : entries) {
      svg.append(String.format(Locale.ROOT, "<g class=\"tp-key %s\">", entry[0]));
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\"/>", x, y));
      svg.append(
          String.format(
              Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text></g>", x + 10, y + 4, entry[1]));
      x += 190;
    }
    svg.append("</g>\n");
  }
}
