## cli messages (en)

# The last line of `rubric check` when the rules are valid. $credentials:
# `exams` when every credential is an exam, else `credentials`. $allowed:
# warnings acknowledged by an `allow`, so not shown.
cli-check-ok = ok: { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $competencies ->
        [one] { $competencies } competency
       *[other] { $competencies } competencies
    }, { $options ->
        [one] { $options } option
       *[other] { $options } options
    }, { $credentials ->
        [credentials] { $exams ->
            [one] { $exams } credential
           *[other] { $exams } credentials
        }
       *[exams] { $exams ->
            [one] { $exams } exam
           *[other] { $exams } exams
        }
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }{ $allowed ->
        [0] {""}
        [one] , { $allowed } warning allowed
       *[other] , { $allowed } warnings allowed
    }

# The last line of `rubric check` when the rules have errors.
cli-check-failed = error: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }{ $allowed ->
        [0] {""}
        [one] , { $allowed } warning allowed
       *[other] , { $allowed } warnings allowed
    }

# The last lines of `rubric eval` on many partners (standard error).
cli-eval-summary = { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    } in { $seconds } s ({ $rate }/s): { $evaluated } evaluated, { $failed } failed
# A partner that reached no tier of an option, in the summary.
cli-eval-no-tier = no tier
# Partners past the first 20 whose diagnostics were only counted.
cli-eval-hidden = diagnostics of { $n ->
        [one] { $n } more partner not shown
       *[other] { $n } more partners not shown
    } (errors are in the JSON records with `--format json`)

# `rubric forecast` (standard output).
cli-forecast-head = from { $as_of } to { $until }: { $n ->
        [0] no tier changes if nothing new happens
        [one] { $n } change if nothing new happens
       *[other] { $n } changes if nothing new happens
    }
cli-forecast-loss = { $date } { $option }: { $from } → { $to } ({ $failing } no longer met)
cli-forecast-change = { $date } { $option }: { $from } → { $to }
cli-forecast-keep = to keep { $tier }:
cli-forecast-at-risk = on { $as_of }: { $n ->
        [0] no single person's departure would lose a tier
        [one] { $n } single point of failure
       *[other] { $n } single points of failure
    }
cli-forecast-risk = without { $person }, { $option } falls from { $tier } to { $without }

# batch lane: diagnostics of one kind capped per file (`--max-diagnostics`).
cli-omitted = … and { $n } more `{ $code }` { $severity ->
        [error] { $n ->
            [one] error
           *[other] errors
        }
        [warning] { $n ->
            [one] warning
           *[other] warnings
        }
       *[note] { $n ->
            [one] note
           *[other] notes
        }
    }
    .label = left out
    .help = `--max-diagnostics N` shows N diagnostics of each kind per file; fix the first ones, or see them all with `--max-diagnostics 0`
