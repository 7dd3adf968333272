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
