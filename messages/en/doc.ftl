## doc messages (en): the phrases of `rubric doc` pages, worded like the
## Microsoft Partner Network competency pages, and the usage errors of `rubric doc`.

# An amount on a page: the seed page writes `US$100,000`.
# $amount: the number, already grouped; $currency: the currency id.
doc-money = { $currency ->
    [USD] US${ $amount }
   *[other] { $currency } { $amount }
}

doc-revenue-intro = Your organization must meet the performance thresholds.

# $amount: from doc-money; $products: titles joined with "or"; $kind: the
# revenue kind's title ($kind-lower: lower-cased); $window: `ttm` or `months`.
doc-revenue-threshold = Partner must have earned at least { $amount } in { $products } { $kind } in { $window ->
    [ttm] the TTM period
   *[months] { $months ->
        [one] the last month
       *[other] the last { $months } months
    }
}

doc-dpor = For these customers, you must be associated as the Digital Partner of Record for { $products }.

doc-individuals-intro = Your organization must have **{ $n }** { $n ->
    [one] individual pass
   *[other] individuals pass
} the exam requirements.

# Who a clause is about. $position: `first` (the first group), `same` (the
# group of the previous clause), `other` (the second of two groups) or
# `another`; $n: the number of people in the group.
doc-subject = { $position ->
    [first] **{ $n }** { $n ->
        [one] individual
       *[other] individuals
    }
    [same] { $n ->
        [one] The same individual
       *[other] The same **{ $n }** individuals
    }
    [other] { $n ->
        [one] The other individual
       *[other] The other **{ $n }** individuals
    }
   *[another] { $n ->
        [one] Another individual
       *[other] Another **{ $n }** individuals
    }
}

# $who: from doc-subject; $n: people in the group; $also: `yes` after the
# first clause of a group; $need: how many of the credentials listed; $all:
# `yes` for `all of`; $kind: `exam`, `assessment`, `certification`, or
# `credential` for a list that mixes kinds.
doc-clause = { $who } { $also ->
    [yes] also must
   *[no] must
} { $kind ->
    [assessment] { $n ->
        [one] complete
       *[other] each complete
    }
    [certification] { $n ->
        [one] hold
       *[other] each hold
    }
    [credential] { $n ->
        [one] hold
       *[other] each hold
    }
   *[exam] { $n ->
        [one] pass
       *[other] each pass
    }
} { $all ->
    [yes] all of the following
   *[no] { $need ->
        [one] one of the following
       *[other] **{ $need }** of the following
    }
} { $kind ->
    [assessment] assessments
    [certification] certifications
    [credential] credentials
   *[exam] exams
}:

# One credential of a clause; notes in parentheses may follow.
doc-credential = { $id }: { $title }
# The kind of a credential, noted in a list that mixes kinds.
doc-kind-exam = exam
doc-kind-assessment = assessment
doc-kind-certification = certification
# The Partner University course of an assessment.
doc-course = course { $course }
# $date: the day as `YYYY-MM-DD`; $year, $month, $day: its parts.
doc-retired = retired on { $date }

# Usage errors.
doc-no-such-competency = no competency `{ $id }` in the rules{ $hint ->
    [suggest] {" "}(did you mean `{ $suggestion }`?)
   *[none] {""}
}
doc-no-competency = the rules define no competency
doc-cannot-create = cannot create `{ $path }`: { $error }
doc-cannot-write = cannot write `{ $path }`: { $error }
doc-wrote = wrote { $path }

## lane people: per-person conditions

# The person a condition with `or` is about. $who: from doc-subject; $n:
# people in the group.
doc-condition-who = { $who } { $n ->
    [one] must:
   *[other] must each:
}
# What a clause asks, after doc-condition-who; arguments as doc-clause.
doc-condition-clause = { $kind ->
    [assessment] complete
    [certification] hold
    [credential] hold
   *[exam] pass
} { $all ->
    [yes] all of the following
   *[no] { $need ->
        [one] one of the following
       *[other] **{ $need }** of the following
    }
} { $kind ->
    [assessment] assessments
    [certification] certifications
    [credential] credentials
   *[exam] exams
}:
# A nested `or` and a nested `and`.
doc-condition-either = meet one of the following:
doc-condition-both = meet all of the following:
# Before each alternative after the first, and before each part after the first.
doc-condition-or = **OR**
doc-condition-and = **AND**

## lane people: focus areas

# The title of a focus area, above its credentials.
doc-area-title = Focus area **{ $title }**:
# `Q of any area [...]`. $need, $all, $kind as doc-clause; $areas: how many areas.
doc-any-area = { $kind ->
    [assessment] complete
    [certification] hold
    [credential] hold
   *[exam] pass
} { $all ->
    [yes] all of the { $kind ->
        [assessment] assessments
        [certification] certifications
        [credential] credentials
       *[exam] exams
    } of { $areas ->
        [one] the following focus area
       *[other] one of the following focus areas
    }
   *[no] { $need ->
        [one] one of the { $kind ->
            [assessment] assessments
            [certification] certifications
            [credential] credentials
           *[exam] exams
        } of { $areas ->
            [one] the following focus area
           *[other] the following focus areas
        }
       *[other] **{ $need }** of the { $kind ->
            [assessment] assessments
            [certification] certifications
            [credential] credentials
           *[exam] exams
        } of { $areas ->
            [one] the following focus area
           *[other] one of the following focus areas
        }
    }
}:

## lane people: each / K of them

# $k of the $n individuals of an `each:` block hold more.
doc-of-them-who = { $k ->
    [one] **1** of the same { $n } individuals must also:
   *[other] **{ $k }** of the same { $n } individuals must each also:
}

## lane people: shared people requirements

# $with: the numbers of the requirements shared with; $count: how many.
doc-shares = This can be completed by the same individuals as { $count ->
    [one] requirement
   *[other] requirements
} { $with }.

# measures lane: association types other than DPOR alone, and statuses.
doc-associations = For these customers, you must be associated as { $associations } for { $products }.
doc-status = Partner must hold the status: { $status }.

# lsp lane: words of the language server (hover, rename, formatting).
# $market: the market's id; $title: its title; $amount: the amount with its currency.
lsp-hover-threshold = `{ $market }` ({ $title }): at least { $amount }
lsp-hover-threshold-all = every market: at least { $amount }
lsp-hover-thresholds = Revenue thresholds
# $name: the new id; $what: the keyword of its kind (`exam`, `product`…).
lsp-rename-clash = `{ $name }` is already the id of another `{ $what }`: choose another id
lsp-rename-invalid = `{ $name }` is not a valid id here
lsp-rename-nothing = there is no id to rename here
lsp-rename-undeclared = `{ $name }` is not declared in the workspace, so it cannot be renamed
lsp-rename-builtin = `{ $name }` is built in (partner data writes it as `"dpor": true`), so it cannot be renamed
lsp-format-broken = this file has syntax errors: fix them before formatting

# measures lane: consumption, counts of a usage metric, new customers.
# $amount: from doc-money; $products: titles joined with "or"; $window: `ttm` or `months`.
doc-consumption-threshold = Partner must have at least { $amount } of { $products } consumption in { $window ->
    [ttm] the TTM period
   *[months] { $months ->
        [one] the last month
       *[other] the last { $months } months
    }
}
# $amount: the number; $metric: the metric's title.
doc-count-threshold = Partner must have at least { $amount } paid { $metric } in { $products } in { $window ->
    [ttm] the TTM period
   *[months] { $months ->
        [one] the last month
       *[other] the last { $months } months
    }
}
doc-new-customers-threshold = Partner must add at least { $amount } new customers of { $products } in { $window ->
    [ttm] the TTM period
   *[months] { $months ->
        [one] the last month
       *[other] the last { $months } months
    }
}
doc-paid-only = Only paid units count: trials and free units are not included.

# either lane: `either { … } or { … }`. $count: the number of sets; $branch: a set's number.
doc-either = Partner must meet every requirement of one of the following { $count } sets:
doc-branch = { $branch ->
        [1] Set 1
       *[other] OR set { $branch }
    }

## lane scores
doc-score = Partner capability score: reach at least { $target } of { $total } points{ $above ->
        [yes] , with every metric above zero
       *[no] {""}
    }. Each metric earns its full points at its threshold and points in proportion below it, truncated to hundredths of a point:
# $window: none (people), ttm or months; $growth: yes for a change against a year earlier; $minimum: none or some ($least).
doc-score-metric = **{ $points } points** for { $what }{ $window ->
        [ttm] {" "}in the TTM period
        [months] { $months ->
            [one] {" "}in the last month
           *[other] {" "}in the last { $months } months
        }
       *[none] {""}
    }{ $growth ->
        [yes] , against the same period a year earlier
       *[no] {""}
    }: full points at { $threshold }{ $minimum ->
        [some] ; at least { $least } required
        [above] ; more than { $least } required
       *[none] {""}
    }
doc-qualified = The tier is attained when its requirements hold on at least one day of the current month or of the { $months } months before it.
