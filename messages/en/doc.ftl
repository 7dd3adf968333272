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
# first clause of a group; $need: how many of the exams listed.
doc-clause = { $who } { $also ->
    [yes] also must
   *[no] must
} { $n ->
    [one] pass
   *[other] each pass
} { $need ->
    [one] one of the following exams
   *[other] **{ $need }** of the following exams
}:

doc-exam = { $id }: { $title }

# $date: the day as `YYYY-MM-DD`; $year, $month, $day: its parts.
doc-exam-retired = { $id }: { $title } (retired on { $date })

# Usage errors.
doc-no-such-competency = no competency `{ $id }` in the rules{ $hint ->
    [suggest] {" "}(did you mean `{ $suggestion }`?)
   *[none] {""}
}
doc-no-competency = the rules define no competency
doc-cannot-create = cannot create `{ $path }`: { $error }
doc-cannot-write = cannot write `{ $path }`: { $error }
doc-wrote = wrote { $path }
