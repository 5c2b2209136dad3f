#!/usr/bin/python3
"""Golden values for nmt-outcomes, computed independently of the Java code with SciPy.

Run from this directory with Debian's Python and SciPy (packages python3-scipy 1.10.1 and
python3-numpy 1.24.2 on Debian 12; `apt-get install python3-scipy python3-numpy`):

    /usr/bin/python3 compute_golden.py

Inputs (exported by GoldenCohort.java from the synthetic cohort of seed 20261124, 150 clients,
or written by hand):
    cohort-groups.csv   client, group_by, group: the groups each client belongs to
    cohort-pairs.csv    client, measure, endpoint, baseline, follow_up, responder
    cohort-clients.csv  client, started, discharged, followed_days
    cohort-stages.csv   client, stage, completed, sessions, days, overrides, regressions_from,
                        regressions_to
    edge-cases.csv      case, measure, baseline, follow_up (hand-written small samples)
Outputs:
    expected-measures.csv    one row per group, measure and endpoint with at least one pair
    expected-stages.csv      one row per group and stage
    expected-groups.csv      clients, started and discharged per group
    expected-edge-cases.csv  one row per edge case
Kaplan-Meier estimates come from compute_km_golden.R (R's survival package).

Conventions shared with the Java side (docs/OUTCOMES.md), implemented here from their
definitions, not from the Java code:
  * change = follow-up - baseline; means and SDs (ddof=1) of the raw values.
  * Changes are kept to 1/1000 of the unit for quantiles and the signed-rank test:
    step = floor(change * 1000 + 0.5), value = step / 1000.
  * Quantiles: NumPy's default 'linear' method (Hyndman & Fan definition 7).
  * Responder: improvement (in the measure's better direction) >= max(MCID, MDC) - 1e-9, with
    the thresholds of clinical-reference.md; no threshold for range of motion.
  * Wilson interval: scipy.stats.binomtest(k, n).proportion_ci(method='wilson').
  * Mean-change interval: mean +/- t(0.975, n-1) * sd / sqrt(n), scipy.stats.t.
  * Paired t-test: scipy.stats.ttest_1samp(changes, 0), only when n >= 2 and the SD > 0.
  * Wilcoxon signed-rank: zeros dropped (zero_method='wilcox'); exact p for at most 50 non-zero
    changes without ties, otherwise the normal approximation with tie and continuity correction
    (method='approx', correction=True). SciPy 1.10's 'exact' ignores ties, so the choice is made
    here explicitly. W+ is the sum of the ranks (scipy.stats.rankdata) of the positive changes.
  * Days are kept to the minute: floor(days * 1440 + 0.5) / 1440.
"""

import csv
import math
from collections import defaultdict

import numpy as np
import scipy
from scipy import stats

# max(MCID, MDC) and the better direction, from clinical-reference.md ("Outcome measures").
THRESHOLDS = {
    "nprs": (2.0, "lower"),  # MCID 2 points, MDC 1.77 (Farrar 2001; Salaffi 2004)
    "vas": (15.0, "lower"),  # MCID 15 mm (Ostelo 2008)
    "pressure-pain-threshold": (0.62, "higher"),  # MDC 0.45-0.62 kg/cm2, upper bound
    "ndi": (10.2, "lower"),  # MCID 7.5 < MDC 10.2 (Young 2009; Cleland 2008)
    "odi": (10.0, "lower"),  # MCID 10 points (Ostelo 2008)
    "psfs": (2.0, "higher"),  # MCID 2 (JOSPT 2014)
    "lefs": (9.0, "higher"),  # MCID 9, MDC 9 (Binkley 1999)
    "quick-dash": (15.9, "lower"),  # MCID 15.9, MDC 12.9 (Franchignoni 2014)
    "range-of-motion": (None, "higher"),  # no MCID or MDC
}

MEASURE_COLUMNS = [
    "group_by", "group", "measure", "endpoint", "pairs", "baseline_mean", "baseline_sd",
    "follow_up_mean", "follow_up_sd", "mean_change", "change_sd", "change_ci_lower",
    "change_ci_upper", "change_q1", "change_median", "change_q3", "srm", "cohens_d",
    "glass_delta", "responder_threshold", "responders", "responder_proportion",
    "responder_ci_lower", "responder_ci_upper", "t_statistic", "t_df", "t_p_value",
    "wilcoxon_w_plus", "wilcoxon_non_zero", "wilcoxon_zeros", "wilcoxon_tied",
    "wilcoxon_method", "wilcoxon_p_value",
]

STAGES = ["pain-elimination", "structural-correction", "flexibility", "strength", "endurance"]


def text(value):
    """A cell: '' for undefined, repr() for floats (reads back as the same double)."""
    if value is None:
        return ""
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if not math.isfinite(value):
            raise ValueError("non-finite value in golden output")
        return repr(value)
    return str(value)


def binned(values, steps):
    return np.array([math.floor(v * steps + 0.5) / steps for v in values], dtype=float)


def wilson(k, n):
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return float(ci.low), float(ci.high)


def quartiles(values):
    return [float(q) for q in np.quantile(values, [0.25, 0.5, 0.75])]


def ratio(numerator, denominator):
    return numerator / denominator if denominator > 0 else None


def responder(measure, baseline, follow_up):
    threshold, better = THRESHOLDS[measure]
    if threshold is None:
        return None
    improvement = baseline - follow_up if better == "lower" else follow_up - baseline
    return improvement >= threshold - 1e-9


def paired(measure, baselines, follow_ups):
    """Every statistic of the paired comparison, by column name."""
    b = np.array(baselines, dtype=float)
    f = np.array(follow_ups, dtype=float)
    n = len(b)
    d = f - b
    row = {"pairs": n}
    threshold = THRESHOLDS[measure][0]
    row["responder_threshold"] = threshold
    row["baseline_mean"] = float(np.mean(b))
    row["follow_up_mean"] = float(np.mean(f))
    row["mean_change"] = float(np.mean(d))
    kept = binned(d, 1000)
    q1, median, q3 = quartiles(kept)
    row.update(change_q1=q1, change_median=median, change_q3=q3)
    if threshold is not None:
        k = sum(1 for x, y in zip(b, f) if responder(measure, x, y))
        low, high = wilson(k, n)
        row.update(
            responders=k, responder_proportion=k / n, responder_ci_lower=low,
            responder_ci_upper=high)
    non_zero = kept[kept != 0]
    if len(non_zero) > 0:
        ranks = stats.rankdata(np.abs(non_zero))
        tied = len(np.unique(np.abs(non_zero))) < len(non_zero)
        exact = len(non_zero) <= 50 and not tied
        result = stats.wilcoxon(
            non_zero, zero_method="wilcox", correction=True,
            method="exact" if exact else "approx")
        row.update(
            wilcoxon_w_plus=float(np.sum(ranks[non_zero > 0])),
            wilcoxon_non_zero=len(non_zero),
            wilcoxon_zeros=int(np.sum(kept == 0)),
            wilcoxon_tied=1 if tied else 0,
            wilcoxon_method="exact" if exact else "normal-approximation",
            wilcoxon_p_value=float(result.pvalue))
    if n >= 2:
        sd_b = float(np.std(b, ddof=1))
        sd_f = float(np.std(f, ddof=1))
        sd_d = float(np.std(d, ddof=1))
        mean = row["mean_change"]
        half = stats.t.ppf(0.975, n - 1) * sd_d / math.sqrt(n)
        row.update(
            baseline_sd=sd_b, follow_up_sd=sd_f, change_sd=sd_d,
            change_ci_lower=mean - half, change_ci_upper=mean + half,
            srm=ratio(mean, sd_d), cohens_d=ratio(mean, math.sqrt((sd_b**2 + sd_f**2) / 2)),
            glass_delta=ratio(mean, sd_b))
        if sd_d > 0:
            t = stats.ttest_1samp(d, 0.0)
            row.update(t_statistic=float(t.statistic), t_df=float(n - 1),
                       t_p_value=float(t.pvalue))
    return row


def read(name):
    with open(name, newline="") as f:
        return list(csv.DictReader(f))


def write(name, columns, rows):
    with open(name, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(columns)
        for row in rows:
            out.writerow([text(row.get(c)) for c in columns])


def main():
    memberships = defaultdict(list)
    groups = []
    for row in read("cohort-groups.csv"):
        key = (row["group_by"], row["group"])
        if key not in groups:
            groups.append(key)
        memberships[row["client"]].append(key)
    groups.sort(key=lambda k: (["all", "activity-profile", "condition", "protocol"].index(k[0]),
                               k[1]))

    # Measures: pairs by group, measure and endpoint.
    cells = defaultdict(lambda: ([], []))
    for row in read("cohort-pairs.csv"):
        b, f = float(row["baseline"]), float(row["follow_up"])
        judged = responder(row["measure"], b, f)
        expected = {None: "no-threshold", True: "reached", False: "not-reached"}[judged]
        if row["responder"] != expected:
            raise SystemExit(f"responder of {row} should be {expected}")
        for group in memberships[row["client"]]:
            cell = cells[(group, row["measure"], row["endpoint"])]
            cell[0].append(b)
            cell[1].append(f)
    rows = []
    for (group, measure, endpoint), (b, f) in sorted(cells.items()):
        row = paired(measure, b, f)
        row.update(group_by=group[0], group=group[1], measure=measure, endpoint=endpoint)
        rows.append(row)
    write("expected-measures.csv", MEASURE_COLUMNS, rows)

    # Groups and stages.
    clients = {row["client"]: row for row in read("cohort-clients.csv")}
    stays = defaultdict(dict)
    for row in read("cohort-stages.csv"):
        stays[row["client"]][row["stage"]] = row
    group_rows = []
    stage_rows = []
    for group in groups:
        members = [c for c in clients if group in memberships[c]]
        started = [c for c in members if clients[c]["started"] == "1"]
        group_rows.append(dict(
            group_by=group[0], group=group[1], clients=len(members), started=len(started),
            discharged=sum(1 for c in started if clients[c]["discharged"] == "1")))
        for stage in STAGES:
            reached = [stays[c][stage] for c in members if stage in stays[c]]
            done = [s for s in reached if s["completed"] == "1"]
            row = dict(
                group_by=group[0], group=group[1], stage=stage, started=len(started),
                reached=len(reached), completed=len(done),
                overrides=sum(int(s["overrides"]) for s in reached),
                clients_overridden=sum(1 for s in reached if int(s["overrides"]) > 0),
                regressions_from=sum(int(s["regressions_from"]) for s in reached),
                clients_regressed=sum(1 for s in reached if int(s["regressions_from"]) > 0),
                regressions_to=sum(int(s["regressions_to"]) for s in reached))
            if started:
                low, high = wilson(len(reached), len(started))
                row.update(reached_proportion=len(reached) / len(started),
                           reached_ci_lower=low, reached_ci_upper=high)
            if done:
                q = quartiles(np.array([float(s["sessions"]) for s in done]))
                row.update(sessions_q1=q[0], sessions_median=q[1], sessions_q3=q[2])
                q = quartiles(binned([float(s["days"]) for s in done], 1440))
                row.update(days_q1=q[0], days_median=q[1], days_q3=q[2])
            stage_rows.append(row)
    write("expected-groups.csv", ["group_by", "group", "clients", "started", "discharged"],
          group_rows)
    write("expected-stages.csv",
          ["group_by", "group", "stage", "started", "reached", "reached_proportion",
           "reached_ci_lower", "reached_ci_upper", "completed", "sessions_q1", "sessions_median",
           "sessions_q3", "days_q1", "days_median", "days_q3", "overrides", "clients_overridden",
           "regressions_from", "clients_regressed", "regressions_to"],
          stage_rows)

    # Edge cases.
    cases = defaultdict(lambda: [None, [], []])
    for row in read("edge-cases.csv"):
        case = cases[row["case"]]
        case[0] = row["measure"]
        case[1].append(float(row["baseline"]))
        case[2].append(float(row["follow_up"]))
    edge_rows = []
    for name, (measure, b, f) in cases.items():
        row = paired(measure, b, f)
        row.update(group_by="case", group=name, measure=measure, endpoint="last")
        edge_rows.append(row)
    write("expected-edge-cases.csv", MEASURE_COLUMNS, edge_rows)
    print(f"SciPy {scipy.__version__}, NumPy {np.__version__}: {len(rows)} measure rows,"
          f" {len(stage_rows)} stage rows, {len(edge_rows)} edge cases")


if __name__ == "__main__":
    main()
