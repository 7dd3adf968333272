## cli messages (en)

# The last line of `rubric check` when the rules are valid.
cli-check-ok = ok: { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $competencies ->
        [one] { $competencies } competency
       *[other] { $competencies } competencies
    }, { $options ->
        [one] { $options } option
       *[other] { $options } options
    }, { $exams ->
        [one] { $exams } exam
       *[other] { $exams } exams
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
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
    }
