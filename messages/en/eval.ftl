## eval messages (en)

# $list: `revenue` or `consumption`; $at: `rule` when the diagnostic points at
# the threshold's amount, `data` when at the line in the partner file; $option
# and $tier: the threshold's.
eval-currency-mismatch = { $list ->
        [consumption] consumption line
       *[revenue] revenue line
    } `{ $list }[{ $line }]` (customer `{ $customer }`) is in `{ $found }`, but the threshold of `{ $option }` tier `{ $tier }` is in `{ $expected }`
    .label = { $at ->
        [data] in `{ $found }`
       *[rule] amounts here are in { $expected }
    }
    .help = convert the line to { $expected } in the partner data; rubric does not guess exchange rates. Until then the thresholds this line would count toward are undecided (not met); the other requirements are evaluated

# An unmet revenue threshold of the next tier, in the evaluation report.
# $what: the revenue kind and products, worded by `report-revenue-what`.
eval-revenue-short = tier `{ $tier }` needs { $required } of { $what } over { $months ->
        [one] the last month
       *[other] the last { $months } months
    }; found { $found } — short by { $shortfall }
    .label = required in the { $market } market
    .help = earn { $shortfall } more, dated after { $after }{ $dpor ->
        [yes] , from customers for whom you are Digital Partner of Record
        [assoc] , from customers with whom you are associated as { $associations }
       *[no] {""}
    }

# Unfilled exam slots of the next tier. Each slot group is labelled with how
# many of its slots are filled (`$filled-N` of `$count-N` for group N); the
# first group is the primary label. $closest: `yes` when someone free could
# fill a slot, then $person and $pass (worded by `report-pass`).
eval-slots-unfilled = tier `{ $tier }` needs { $required } individuals in these exam slots; { $filled } can be filled
    .label = { $filled-1 } of { $count-1 } filled
    .group-2 = { $filled-2 } of { $count-2 } filled
    .group-3 = { $filled-3 } of { $count-3 } filled
    .group-4 = { $filled-4 } of { $count-4 } filled
    .group-5 = { $filled-5 } of { $count-5 } filled
    .group-6 = { $filled-6 } of { $count-6 } filled
    .help = { $closest ->
        [yes] closest: { $person } could { $pass }
       *[no] no one free is close to qualifying: see the plan below
    }

# measures lane: a status requirement of the next tier the partner does not hold.
eval-status-missing = tier `{ $tier }` needs the status { $status }
    .label = not held on the as-of date
    .help = obtain the status { $status }, and list it in the partner's `statuses` with the day it starts (`from`)

# A line whose amount would make a threshold's sum round (issue 9).
eval-inexact-sum = revenue line `revenue[{ $line }]` (customer `{ $customer }`, { $amount } { $found }) cannot be added exactly to the sum of the revenue threshold of `{ $option }` tier `{ $tier }`
    .label = { $at ->
        [data] this amount
       *[rule] the sum of this threshold
    }
    .help = the total would need more than 28 significant digits and rubric never rounds money: write the amounts with fewer decimal places

# measures lane: a count of units or new customers of the next tier not reached.
# $what: worded by report-count-what or report-new-customers-what.
eval-quantity-short = tier `{ $tier }` needs { $required } { $what } over { $months ->
        [one] the last month
       *[other] the last { $months } months
    }; found { $found } — short by { $shortfall }
    .label = required in the { $market } market
    .help = add { $shortfall } more, dated after { $after }{ $assoc ->
        [yes] , associated as { $associations }
       *[no] {""}
    }; trials and free units never count

# lane scores
# $points: written with hundredths; $minimums: yes when every metric reaches its minimum.
eval-score-short = tier `{ $tier }` needs { $target } points, the partner has { $points }{ $minimums ->
        [yes] {""}
       *[no] {" "}and a metric is below its minimum
    }
    .label = score not reached
    .help = follow the plan below: it is the cheapest set of improvements that reaches { $target } points
