# Golden Kaplan-Meier estimates for nmt-outcomes, computed independently of the Java code with R's
# survival package (Debian 12: r-base 4.2.2, r-cran-survival 3.5-3;
# `apt-get install r-base-core r-cran-survival`). Run from this directory:
#
#     Rscript compute_km_golden.R
#
# Reads cohort-groups.csv and cohort-clients.csv (exported by GoldenCohort.java) and writes, for
# every group, the time to discharge in days with clients not discharged censored at their last
# recorded activity, kept to the minute (floor(days * 1440 + 0.5) / 1440):
#   expected-time-to-discharge.csv  one row per distinct time, as summary(fit, censored = TRUE)
#                                   gives it: at risk, events, censored, survival, the Greenwood
#                                   standard error of the survival, and the log-log 95 % interval
#   expected-discharge-medians.csv  the smallest event time with survival <= 0.5 (empty if none)
# Undefined values (the interval where survival is 0 or 1, the error where survival is 0) are
# written as empty cells.

suppressPackageStartupMessages(library(survival))

groups <- read.csv("cohort-groups.csv", colClasses = "character")
clients <- read.csv("cohort-clients.csv", colClasses = "character")
clients <- clients[clients$started == "1", ]
clients$time <- floor(as.numeric(clients$followed_days) * 1440 + 0.5) / 1440
clients$status <- as.integer(clients$discharged)

cell <- function(x) ifelse(is.na(x) | is.nan(x), "", sprintf("%.17g", x))

order <- c("all", "activity-profile", "condition", "protocol")
keys <- unique(groups[, c("group_by", "group")])
keys <- keys[order(match(keys$group_by, order), keys$group), ]

steps <- list()
medians <- list()
for (i in seq_len(nrow(keys))) {
  members <- groups$client[groups$group_by == keys$group_by[i] & groups$group == keys$group[i]]
  data <- clients[clients$client %in% members, ]
  if (nrow(data) == 0) next
  fit <- survfit(Surv(time, status) ~ 1, data = data, conf.type = "log-log")
  s <- summary(fit, censored = TRUE)
  steps[[length(steps) + 1]] <- data.frame(
    group_by = keys$group_by[i], group = keys$group[i],
    days = cell(s$time), at_risk = s$n.risk, events = s$n.event, censored = s$n.censor,
    survival = cell(s$surv), standard_error = cell(ifelse(s$surv == 0, NA, s$std.err)),
    ci_lower = cell(ifelse(s$surv == 1, NA, s$lower)),
    ci_upper = cell(ifelse(s$surv == 1, NA, s$upper)))
  below <- s$time[s$n.event > 0 & s$surv <= 0.5]
  medians[[length(medians) + 1]] <- data.frame(
    group_by = keys$group_by[i], group = keys$group[i],
    median = if (length(below) > 0) cell(min(below)) else "")
}
write.csv(do.call(rbind, steps), "expected-time-to-discharge.csv", row.names = FALSE,
          quote = FALSE)
write.csv(do.call(rbind, medians), "expected-discharge-medians.csv", row.names = FALSE,
          quote = FALSE)
cat(sprintf("%s, survival %s: %d groups\n", R.version.string, packageVersion("survival"),
            length(steps)))
