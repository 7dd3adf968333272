## compile messages (en)

# Unknown names: $name; $hint is `suggest` (with $suggestion), `list` (with
# $declared, some declared names of that kind, closest first) or `declare`.
# A credential id: $hint is `suggest` (with $suggestion), `list` (with
# $declared, some declared ids, closest first) or `declare`.
resolve-unknown-credential = no exam, assessment or certification is called `{ $name }`
    .label = not in the credential catalog
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`exam { $name } "title"`, or `assessment`, `certification`), or use a declared id: { $declared }
       *[declare] declare it in the catalog: `exam { $name } "title"`, or `assessment`, `certification`
    }
resolve-unknown-product = unknown product `{ $name }`
    .label = { $hint ->
        [suggest] no product is declared with this id
       *[declare] not in the product catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`product { $name } "title"`), or use a declared product: { $declared }
       *[declare] declare it in the catalog: `product { $name } "title"`
    }
resolve-unknown-kind = unknown kind `{ $name }`
    .label = { $hint ->
        [suggest] no kind is declared with this id
       *[declare] not in the kind catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`kind { $name } "title"`), or use a declared kind: { $declared }
       *[declare] declare it in the catalog: `kind { $name } "title"`
    }
resolve-unknown-currency = unknown currency `{ $name }`
    .label = { $hint ->
        [suggest] no currency is declared with this id
       *[declare] not in the currency catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`currency { $name } "title"`), or use a declared currency: { $declared }
       *[declare] declare it in the catalog: `currency { $name } "title"`
    }
resolve-unknown-market = unknown market `{ $name }`
    .label = { $hint ->
        [suggest] no market is declared with this id
       *[declare] not in the market catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`market { $name } "title" countries [...]`), or use a declared market: { $declared }
       *[declare] declare it in the catalog: `market { $name } "title" countries [...]`
    }

# $what: exam, assessment, certification, product, kind, currency, market,
# competency, option or tier. $hint: same, or other-kind for a credential
# declared as two kinds ($first-what: the kind declared first).
# .first labels a first definition in the same file; .first-elsewhere titles
# the note that shows one in another file.
resolve-duplicate-definition = { $hint ->
        [other-kind] `{ $name }` is declared twice: as { $first-what ->
            [assessment] an assessment
            [certification] a certification
           *[exam] an exam
        } and as { $what ->
            [assessment] an assessment
            [certification] a certification
           *[exam] an exam
        }
       *[same] { $what } `{ $name }` is defined more than once
    }
    .label = `{ $name }` defined again here
    .first = first defined here
    .first-elsewhere = `{ $name }` was first defined here
    .help = { $hint ->
        [other-kind] exams, assessments and certifications share one set of ids: remove one of the definitions, or give this one another id
       *[same] remove one of the definitions, or give this one another id
    }

# $hint: fix, or no-groups for a block without slot groups.
validate-slot-count-mismatch = slot counts add up to { $sum }, but the total is { $total }
    .label = { $total ->
        [one] { $total } individual required here
       *[other] { $total } individuals required here
    }
    .groups = these groups ask for { $sum }
    .help = { $hint ->
        [no-groups] add slot groups such as `1 x one of [EXAM, ...]` whose counts add up to the total
       *[fix] make the counts of the groups add up to { $total }, or change the total to { $sum }
    }

# $what: credential or product.
validate-empty-list = empty { $what } list
    .label = nothing listed
    .help = { $what ->
        [credential] list the credentials that count, such as `one of [MB2-714, MB2-713]`
        [area] list the focus areas to choose from, such as `all of any area [big-data]`

        [kind] list the revenue kinds that count, such as `revenue [net-new] in ...`, or write `revenue of any kind in ...`
        [association] list the association types a line must carry one of, such as `with one of [dpor, tpor]`, or remove `with`
       *[product] list the products whose revenue counts, such as `in [crm-online]`
    }

# $what: credential, product or country.
validate-listed-twice = { $what ->
        [credential] `{ $name }` is listed twice
       *[other] { $what } `{ $name }` is listed twice
    }
    .label = listed again here
    .first = first listed here
    .help = remove the second `{ $name }`

# $hint: zero (`0 of`) or too-many (more than the $len exams listed).
validate-impossible-clause = { $hint ->
        [of-them] `{ $need } of them` asks for { $need } of the { $len } individuals of the block
       *[other] `{ $need } of` a list of { $len ->
            [one] { $len } exam
           *[other] { $len } exams
        } can never be met
    }
    .label = asks for { $need }
    .help = { $hint ->
        [of-them] write a count from 1 to { $len }, or ask for more individuals
        [zero] ask for at least 1 exam: `one of [...]`
       *[too-many] ask for at most { $len } of these exams, or list more exams
    }

validate-missing-market-threshold = no amount for market `{ $market }`
    .label = `{ $market }` is not given an amount
    .help = add `{ $market }: USD AMOUNT` to this list, or write one amount for every market (`at least USD AMOUNT`)

validate-duplicate-market-threshold = market `{ $market }` is given two amounts
    .label = second amount
    .first = first amount
    .help = keep one amount per market

# $what: title, summary, default, individuals, retired or course.
validate-duplicate-property = `{ $what }` is given more than once
    .label = given again here
    .first = first given here
    .help = { $what ->
        [individuals] a tier has one `individuals` block, where each person fills one slot: put all the slot groups in it, and join with `and` what one person must hold; requirements that may share people are not part of the language yet
       *[other] keep a single `{ $what }`
    }

validate-several-default-markets = markets `{ $previous }` and `{ $name }` are both the default market
    .label = second default
    .first = `{ $previous }` is marked default here
    .help = a country that no market lists falls in the default market, so only one market may be `default`

validate-country-in-two-markets = country `{ $country }` is in two markets, `{ $previous }` and `{ $market }`
    .label = also listed here
    .first = `{ $country }` is first listed in `{ $previous }` here
    .help = a country belongs to exactly one market: remove it from one list

validate-bad-country-code = `{ $code }` is not an ISO 3166-1 alpha-2 country code
    .label = not a country code
    .help = write countries as two upper-case letters, such as `FR` or `BR`

validate-empty-window = a window of 0 months holds no revenue
    .label = empty window
    .help = use `over ttm` (12 months) or `over N months` with N of at least 1

# $what: competency (without option) or option (without tier).
validate-empty-block = { $what ->
        [competency] competency `{ $name }` has no option
       *[option] option `{ $name }` has no tier
    }
    .label = declared here
    .help = { $what ->
        [competency] add an `option ID {"{"} tier ID {"{"} ... {"}"} {"}"}` block: an option is a way to earn the competency
       *[option] add at least one `tier ID {"{"} ... {"}"}` block, lowest tier first
    }

# $hint: tagged (with $lang) or untagged.
validate-duplicate-language = { $hint ->
        [untagged] a text without a language is given twice
       *[tagged] language `{ $lang }` is given twice
    }
    .label = again here
    .first = first here
    .help = give each language once

validate-empty-tier = tier `{ $tier }` has no requirement, so every partner attains it
    .label = no requirement
    .help = add a `revenue` or `individuals` requirement

# $hint: revenue ($amount, $lower-amount, $market) or individuals ($count, $lower-count).
validate-tier-asks-less = tier `{ $higher }` asks less than the lower tier `{ $lower }`: { $hint ->
        [revenue] { $amount } instead of { $lower-amount } in market `{ $market }`
        [count] { $amount } { $what } instead of { $lower-amount } in market `{ $market }`
       *[individuals] { $count ->
            [one] { $count } individual
           *[other] { $count } individuals
        } instead of { $lower-count }
    }
    .label = asks less here
    .lower = `{ $lower }` asks for more here
    .help = tiers are listed lowest first: check the figures, or the order of the tiers; if they are as published, acknowledge it in tier `{ $higher }` with `allow tier-asks-less "REASON"`

# $what: exam or certification; $course: the number given.
validate-course-on-non-assessment = { $what ->
        [certification] certification
       *[exam] exam
    } `{ $name }` is given a course, but only assessments have a Partner University course
    .label = `course { $course }` on { $what ->
        [certification] a certification
       *[exam] an exam
    }
    .help = remove `course { $course }`, or declare `{ $name }` with `assessment` if it is an online assessment

# `allow CODE` naming no warning: $name; $hint is `suggest` (with
# $suggestion, a warning code) or `list` (with $warnings).
resolve-unknown-warning = `{ $name }` is not a warning that rubric reports
    .label = not a warning code
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
       *[list] `allow` takes the last part of a warning's code: { $warnings }
    }

# `allow CODE` naming an error ($hint `error`) or `unused-allow` ($hint
# `unused-allow`).
validate-not-a-warning = { $hint ->
        [unused-allow] `unused-allow` cannot itself be allowed
       *[error] `{ $name }` is an error and cannot be allowed
    }
    .label = { $hint ->
        [unused-allow] this warning cannot be allowed
       *[error] an error, not a warning
    }
    .help = { $hint ->
        [unused-allow] remove the `allow` that silences nothing instead
       *[error] fix the rule instead: only warnings can be acknowledged with `allow`
    }

validate-empty-reason = `allow { $name }` needs a reason
    .label = no reason given
    .help = say why the rules differ from what rubric expects, such as "as published on 2017-09-15: gold asks less than silver"

# $what: competency, option or tier, called $block.
validate-unused-allow = `allow { $name }` silences no warning in { $what ->
        [competency] competency
        [option] option
       *[tier] tier
    } `{ $block }`
    .label = nothing to allow here
    .help = remove it: the warning it acknowledged is gone, or points outside this block (an `allow` silences only the warnings that point inside its block)

# `at least 2000` on a $measure (revenue): $amount has no currency; $fix is
# the amount to write. $hint: write (with $declared currencies) or declare.
validate-missing-currency = `{ $measure }` needs an amount in a currency, `{ $amount }` has none
    .label = no currency
    .help = { $hint ->
        [write] write `{ $fix }` (declared currencies: { $declared })
       *[declare] declare a currency (`currency USD "US dollar"`), then write `{ $fix }`
    }

## lane people: per-person conditions, focus areas, people requirements

validate-condition-too-large = this condition has too many combinations to plan exactly
    .label = more than { $limit } combinations of credentials, or more than { $credentials } credentials
    .help = split the overlapping lists, or write it as `or` of simpler conditions
resolve-unknown-area = unknown focus area `{ $name }`
    .label = { $hint ->
        [suggest] no focus area is declared with this id
       *[declare] not a focus area of this competency or option
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the competency or the option (`area { $name } "title" [...]`), or use a declared focus area: { $declared }
       *[declare] declare it in the competency or the option: `area { $name } "title" [70-480, 70-486]`
    }
validate-unused-area = focus area `{ $name }` is never used
    .label = no clause names it
    .help = use it in a clause (`all of any area [{ $name }]`) or remove it
validate-each-with-groups = a block is written with `each:` or with slot groups, not both
    .label = a slot group beside `each:`
    .form = written with `each:` here
    .help = write every case as slot groups (`2 x … and …`), or only `each:` and one `K of them:`
validate-several-of-them = { $hint ->
        [no-each] `K of them:` needs an `each:` line
       *[second] only one `K of them:` line per block
    }
    .label = { $hint ->
        [no-each] of them, but no `each:` says who they are
       *[second] a second `K of them:`
    }
    .first = the first `K of them:`
    .help = { $hint ->
        [no-each] write `each: …` first: what every individual of the block holds
       *[second] write slot groups for the other cases (`2 x … and …`)
    }
resolve-unknown-people-requirement = no people requirement of this tier is called `{ $name }`
    .label = { $hint ->
        [suggest] not a people requirement of this tier
       *[declare] not a people requirement of this tier
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] share with a people requirement of the same tier: { $declared }
       *[declare] name the other requirement (`individuals { $name } 4 {"{"} … {"}"}`) in the same tier
    }
# $tier: the tier; $count: how many people requirements it has.
validate-unnamed-people-requirements = a tier with several people requirements must name them
    .label = unnamed, one of { $count } people requirements of tier `{ $tier }`
    .help = write `individuals exams 4 {"{"} … {"}"}`; people are distinct between requirements unless one `shares people with` the other
validate-share-with-self = `{ $name }` cannot share people with itself
    .label = its own name
    .help = a person always fills at most one slot of a requirement: remove `{ $name }` from the list
# $a shares with $c, but $b shares with neither.
validate-sharing-not-grouped = `{ $a }` shares people with `{ $c }`, but `{ $b }` shares with neither: rubric cannot decide such a tier exactly
    .label = `{ $a }` and `{ $c }` share people here
    .other = `{ $b }` shares with neither
    .help = make `{ $b }` share with both `{ $a }` and `{ $c }`, or with neither and `{ $a }` not with `{ $c }`

# measures lane: associations and statuses.
resolve-unknown-association = unknown association type `{ $name }`
    .label = { $hint ->
        [suggest] no association type is declared with this id
       *[declare] not in the association catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`association { $name } "title"`), or use a declared association type: { $declared }
       *[declare] declare it in the catalog: `association { $name } "title"`
    }
resolve-unknown-status = unknown status `{ $name }`
    .label = { $hint ->
        [suggest] no status is declared with this id
       *[declare] not in the status catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`status { $name } "title"`), or use a declared status: { $declared }
       *[declare] declare it in the catalog: `status { $name } "title"`
    }
# $option puts $higher above $lower; $first-option, written earlier, puts it below.
validate-tier-order-conflict = option `{ $option }` puts `{ $higher }` above `{ $lower }`, option `{ $first-option }` below
    .label = `{ $higher }` listed after `{ $lower }` here
    .first = `{ $higher }` listed before `{ $lower }` here
    .help = list tiers in the same order in every option (lowest first): a competency's result is its highest tier attained by any option, so the options must agree on which tier is higher

validate-dominated-branch = branch `{ $branch }` can never matter: anyone who meets it meets `{ $other }`
    .label = never needed
    .other = enough on its own
    .help = remove it, or make the other branch ask for more

# A people requirement for nobody: always met.
validate-individuals-zero = `individuals 0` asks for nobody: this requirement is always met
    .label = no slot to fill
    .help = ask for at least one person (`individuals 1 {"{"} 1 x one of [...] {"}"}`), or remove the requirement

# Rules with no competency: nothing to evaluate.
validate-no-competency = { $files ->
        [one] the rules file declares no competency: there is nothing to evaluate
       *[other] the { $files } rules files declare no competency: there is nothing to evaluate
    }
    .label = no competency
    .help = add a `competency ID {"{"} ... {"}"}` block, or also check the files that hold the competencies

## lane measures: consumption, counts of a usage metric, new customers

resolve-unknown-metric = unknown metric `{ $name }`
    .label = { $hint ->
        [suggest] no metric is declared with this id
       *[declare] not in the metric catalog
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [list] declare it in the catalog (`metric { $name } "title" latest`, or `summed` for a flow such as devices shipped), or use a declared metric: { $declared }
       *[declare] declare it in the catalog: `metric { $name } "title" latest` (or `summed` for a flow such as devices shipped)
    }
validate-wrong-unit = `{ $measure }` is counted, not priced: the unit `{ $unit }` is not wanted here
    .label = a count has no currency
    .help = write `{ $fix }`
validate-fractional-count = a count of `{ $measure }` must be a whole number, `{ $amount }` is not
    .label = not a whole number
    .help = write a whole number: `{ $fix }`

# creds lane: an amount with more decimals than its currency has (issue 9).
validate-amount-precision = `{ $amount }` { $decimals ->
        [one] has 1 decimal
       *[other] has { $decimals } decimals
    }, but { $currency } has { $minor ->
        [0] none
       *[other] { $minor }
    }
    .label = more decimals than { $currency } has
    .help = no payment in { $currency } reaches this amount exactly: check it for a typo; if it is meant, acknowledge it in the tier with `allow amount-precision "reason"`

# either lane: `either { … } or { … }` in a tier.
validate-nested-either = alternatives cannot be nested: this `either` is inside a branch of another
    .label = an `either` inside a branch
    .help = write every combination as a branch of the outer `either`
validate-single-branch = an `either` needs at least two branches
    .label = only one branch
    .help = add `or {"{"} … {"}"}` with the other way to meet the tier, or remove `either` and keep its requirements in the tier
validate-empty-branch = this branch has no requirement, so it always holds and the `either` asks nothing
    .label = an empty branch
    .help = write the branch's requirements, or remove the branch
validate-several-either = a tier has at most one `either`
    .label = a second `either`
    .first = the first `either` of the tier
    .help = write one `either` whose branches are the combinations of the two

# lane scores
validate-score-weights-mismatch = the weights of this score add up to { $sum } points, but it is out of { $total }
    .label = out of { $total }
    .weight = weight
    .help = make the weights add up to { $total }, or write `of { $sum }`
validate-score-target-too-high = this score asks { $target } points, more than the { $total } it is out of
    .label = no partner can reach it
    .help = ask at most { $total } points, or raise the weights
validate-score-zero-threshold = `{ $measure }` earns its full points at 0, so every partner has them
    .label = threshold of 0
    .help = give the figure that earns the full points, at least 1
validate-score-minimum-above-threshold = the minimum { $minimum } is above the threshold { $threshold } that earns the full points
    .label = minimum above the threshold
    .threshold = full points here
    .help = lower the minimum to at most { $threshold }, or raise the threshold
validate-score-without-metrics = this score has no metric
    .label = empty score
    .help = add a line such as `15 points for new customers in [PRODUCT] at least 10`
