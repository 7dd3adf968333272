## report messages (en)
## The human evaluation report, line by line.

report-header = { $partner } — { $country }, { $market } market — as of { $as_of }
report-option = { $competency } · { $title } — option { $option }
report-attained = attained: { $tier }
report-next = next: { $tier }
report-none = none
report-top-tier = { $tier } is the top tier of this option
report-no-competency = no competency to evaluate

report-revenue = revenue: { $found } of { $required } required
report-short-by = short by { $shortfall }
report-lines-counted = { $n ->
        [one] { $n } line counted
       *[other] { $n } lines counted
    }
report-dpor-only = DPOR only
# Revenue lines left out of a threshold, counted by reason.
report-excluded = { $n } { $reason ->
        [other-product] { $n ->
            [one] other product
           *[other] other products
        }
        [other-kind] { $n ->
            [one] other revenue kind
           *[other] other revenue kinds
        }
        [before-window] before the window
        [after-as-of] after the as-of date
        [not-associated] without these associations
       *[not-dpor] not DPOR
    }
# $kind: the revenue kind's title; $products: product titles, joined.
report-revenue-what = { $kind } in { $products }

report-individuals = individuals: { $filled } of { $required } slots filled
report-late-passes = { $n ->
        [one] (1 exam pass dated after the as-of date does not count)
       *[other] ({ $n } exam passes dated after the as-of date do not count)
    }
report-clause-some = { $need } of { $exams }
report-more-unfilled = (and { $n } more unfilled)

report-plan = plan to reach { $tier }:
report-plan-earn = earn { $amount } more { $what }
report-plan-impossible = the exam slots cannot be filled: some required exams are retired
report-plan-new-person = a newly certified person: { $pass }
report-plan-total = { $passes ->
        [one] 1 exam pass
       *[other] { $passes } exam passes
    } in all{ $new ->
        [0] {""}
        [one] , 1 new person
       *[other] , { $new } new people
    }
# What a person must pass: `report-pass` around the clauses, each worded by
# `report-pass-count` when only some of its exams are needed, and joined by
# `report-pass-separator`.
report-pass = pass { $what }
report-pass-count = { $need } of { $exams }
report-pass-separator = {", and "}
# Punctuation that differs between languages.
report-separator = {"; "}
# $who: a person or a slot group; $what: what they need or who fills it.
report-colon = { $who }: { $what }

## HTML report (`rubric eval --format html`)

# The title of the summary of a batch page.
report-html-summary = { $n ->
        [one] { $n } partner
       *[other] { $n } partners
    }
# The list of partners closest to their next tier.
report-html-closest = closest to their next tier
# One partner of that list: the option, the tier to reach, what is missing.
report-html-closest-item = { $option }: { $tier } — { $unmet ->
        [one] { $unmet } requirement unmet
       *[other] { $unmet } requirements unmet
    }{ $passes ->
        [0] {""}
        [one] , { $passes } exam pass to plan
       *[other] , { $passes } exam passes to plan
    }

## lane people

# Between the alternatives of a condition, in a compact slot description.
report-condition-or = or
# A named people requirement of a tier that has several.
report-individuals-named = individuals `{ $name }`: { $filled } of { $required } slots filled
# After a requirement whose slots are all filled but whose group is not met.
report-group-unmet = (met alone, not together: the people requirements of this tier need different people, and too few qualify for all of them)
# After a person who also fills a slot of $requirements, as sharing allows.
report-also-counts = (also counts for { $requirements })

# measures lane: associations, kinds and statuses in the report.
report-associated-only = associated as { $associations } only
measures-any-kind = Revenue
report-status-held = status { $status }: held
report-status-missing = status { $status }: not held
report-plan-status = obtain the status { $status }
# $competency: its id; $tier: the highest tier attained by an option (or
# "none"); $options: the options that attain it; $n: how many.
report-overall = { $competency } overall: { $tier }{ $n ->
        [0] {""}
        [one] {" "}(option { $options })
       *[other] {" "}(options { $options })
    }

# measures lane: consumption, counts of a usage metric, new customers.
report-consumption = consumption: { $found } of { $required } required
# $products: product titles joined with "or".
report-consumption-what = consumption of { $products }
# $metric: the metric's title.
report-count = { $metric }: { $found } of { $required } required
report-count-what = paid { $metric } in { $products }
report-new-customers = new customers: { $found } of { $required } required
report-new-customers-what = new customers of { $products }
report-records-counted = { $n ->
        [one] { $n } record counted
       *[other] { $n } records counted
    }
# $customers: customer ids.
report-customers-counted = { $n ->
        [one] new: { $customers }
       *[other] new: { $customers }
    }
report-existing-customers = { $n ->
        [one] customer before the window: { $customers }
       *[other] customers before the window: { $customers }
    }
# $count: the number, written out; $what: from report-count-what or report-new-customers-what.
report-plan-add = add { $count } more { $what }, dated after { $after }{ $assoc ->
        [yes] , associated as { $associations }
       *[no] {""}
    }

# creds lane: a credential a person lists that a requirement names but that
# does not count. $kind: exam, assessment or certification; $reason: retired
# (passed after the credential's retirement on $on) or expired (on $on).
report-not-counted = not counted: { $person }'s { $kind ->
        [exam] exam
        [assessment] assessment
       *[certification] certification
    } { $credential }, { $kind ->
        [certification] earned
       *[other] passed
    } on { $date }: { $reason ->
        [retired] after its retirement on { $on }
       *[expired] expired on { $on }
    }
# Counted lines with a negative amount (credit notes, refunds), and their sum.
report-adjustments = { $n ->
        [one] 1 of them an adjustment ({ $total })
       *[other] { $n } of them adjustments ({ $total } in all)
    }
# A people requirement with too many slots to plan at once (issue 9).
report-plan-unplanned = no plan for `{ $requirement }`: too many slots to plan at once; the tier may still be reachable
# A revenue threshold left undecided by lines that cannot be counted (issue 9).
report-undecided = undecided: { $n ->
        [one] line { $lines } cannot be counted
       *[other] lines { $lines } cannot be counted
    } (see the error)

## lane diff: `rubric diff`, the impact of a rules change (issue 10)

# The heading of a partner with some option changing tier.
diff-partner = { $partner } — as of { $as_of }
# An option's tier under the old rules → under the new; $tiers: those lost or gained.
diff-lost = { $option }: { $from } → { $to } (loses { $tiers })
diff-gained = { $option }: { $from } → { $to } (gains { $tiers })
# A requirement that makes the difference. $rule: `same` or `changed`.
diff-no-longer-met = { $tier }: `{ $requirement }` no longer met ({ $rule ->
        [same] rule unchanged
       *[changed] rule changed
    })
diff-now-met = { $tier }: `{ $requirement }` now met ({ $rule ->
        [same] rule unchanged
       *[changed] rule changed
    })
diff-added = { $tier }: `{ $requirement }` added, not met
diff-removed = { $tier }: `{ $requirement }` removed (it was not met)
diff-tier-added = { $tier }: tier added by the new rules
diff-tier-removed = { $tier }: tier removed by the new rules
# Before the verdict of a requirement under each version, aligned.
diff-before = before:
diff-after = after: {""}
# The last lines of a run.
diff-summary = { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    } compared: { $unchanged } unchanged, { $gained } gaining a tier, { $lost } losing one, { $failed } failed{ $undecided ->
        [0] {""}
       *[other] , { $undecided } with a requirement left undecided by their data
    }
diff-option = { $option }: { $gained } gained, { $lost } lost ({ $moves })

# either lane: `either { … } or { … }`. $met: yes/no; $branch: the first branch that holds (1-based); $count: branches.
report-either = { $met ->
        [yes] one of { $count } sets of requirements: set { $branch } holds
       *[no] one of { $count } sets of requirements: none holds
    }
report-branch = set { $branch }
report-plan-branch = through set { $branch } of the alternatives (the fewest requirements to meet, then the fewest exam passes):

## lane scores
# $points: hundredths, written; $minimums: yes when every metric reaches its minimum.
report-score-head = score: { $points } of { $target } points required (out of { $total }){ $minimums ->
        [yes] {""}
       *[no] {" "}— a metric is below its minimum
    }
# $minimum: none, met or unmet; $least: the least figure that meets it.
report-score-metric = { $what }: { $found } of { $threshold } → { $points } of { $weight } points{ $minimum ->
        [met] , minimum { $least } reached
        [unmet] , below the minimum { $least }
        [above-met] , above { $least }
        [above-unmet] , not above { $least }
       *[none] {""}
    }{ $undecided ->
        [yes] {" "}(undecided: a line cannot be counted, see the errors)
       *[no] {""}
    }
report-score-net-adds-what = net customer adds in { $products }
report-score-growth-what = growth of paid { $metric } in { $products }
report-score-people-what = people holding { $credentials }
# $need: how many; $all: yes for `all of`.
report-score-clause = { $all ->
        [yes] all of { $credentials }
       *[no] { $need ->
            [one] one of { $credentials }
           *[other] { $need } of { $credentials }
        }
    }
report-score-condition = the credentials asked
report-score-qualified = qualified on { $date }, a day of the current month and the { $months } before
report-score-plan = { $requirement }: reach { $points } points ({ $target } required) by adding { $cost ->
        [one] { $cost } unit
       *[other] { $cost } units
    } in all ({ $money ->
        [yes] a customer, a person, a deployment, a unit of usage, or a point's worth of money each
       *[no] a customer, a person, a deployment or a unit of usage each
    })
report-score-plan-step = { $what }: { $more } more ({ $from } → { $to }), for { $points } of { $weight } points
report-score-unplanned = { $requirement }: too many combinations to plan exactly; raise the metrics to reach { $target } points
