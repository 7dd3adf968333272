## test messages (en): what `rubric test` says about test files, cases and coverage.

## Problems in a test file, as diagnostics.

test-syntax = this test file is not valid YAML
    .label = the YAML cannot be read from here
    .help = check the indentation and the `key: value` syntax at this point; quote values that contain `: `, ` #` or start with a special character

# $place: `file` (the top level) or `case`; $case: the case's name or `#n`.
test-unknown-field = unknown field `{ $field }` in { $place ->
    [file] the test file
   *[case] test case `{ $case }`
}
    .label = not a field of { $place ->
        [file] a test file
       *[case] a test case
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
       *[none] the fields are { $fields }
    }

test-missing-field = { $place ->
    [file] the test file has no `tests` list
   *[case] test case `{ $case }` lacks { $fields }
}
    .label = { $place ->
        [file] here
       *[case] this test case
    }
    .help = { $place ->
        [file] start the file with `tests:` followed by a list of cases
       *[case] add { $n ->
            [one] it
           *[other] them
        }: a case needs `name`, `partner` and `expect`
    }

# $expected: `mapping`, `list`, `cases`, `text`, `date`, `expect` or `unmet`.
test-wrong-type = { $place ->
    [file] { $expected ->
        [mapping] a test file must be a mapping with a `tests` list
        [list] `tests` must be a list of test cases
       *[cases] each entry of `tests` must be a test case (a mapping)
    }
   *[case] `{ $field }` of test case `{ $case }` { $expected ->
        [text] must be text
        [date] must be a date
        [expect] must map `competency/option` to a tier id or `none`
       *[unmet] must map `competency/option` to a list of requirements
    }
}
    .label = { $expected ->
        [mapping] expected a mapping here
        [list] expected a list here
        [cases] expected a test case here
        [text] expected text here
        [date] expected a date here
        [expect] does not fit `competency/option: tier`
       *[unmet] does not fit `competency/option: [requirements]`
    }
    .help = { $expected ->
        [expect] write it as `expect: {"{"} cloud-crm/reseller: silver {"}"}`
        [unmet] write it as `unmet: {"{"} cloud-crm/reseller: [gold/revenue] {"}"}`
        [date] write the date as `YYYY-MM-DD`, e.g. `2017-07-01`
       *[other] see "Testing rules" in docs/language.md
    }

test-bad-date = `{ $value }` is not a date (test case `{ $case }`)
    .label = expected `YYYY-MM-DD`
    .help = write the as-of date as `YYYY-MM-DD`, e.g. `2017-07-01`

test-invalid = this test file does not follow the test format
    .label = here
    .help = see "Testing rules" in docs/language.md

## Why a case failed or could not run.

test-no-as-of = no as-of date: give `as_of` in the case or in the partner

test-no-option = no competency option `{ $option }` { $hint ->
    [suggest] (did you mean `{ $suggestion }`?)
   *[none] (write `competency/option`)
}

test-no-tier = `{ $option }` has no tier `{ $tier }`{ $hint ->
    [suggest] {" "}(did you mean `{ $suggestion }`?)
   *[none] {""}
}

test-no-requirement = `{ $requirement }` names no requirement of `{ $option }` { $hint ->
    [suggest] (did you mean `{ $suggestion }`?)
   *[none] (write `tier/revenue` or `tier/individuals`)
}

# $reasons: test-reason phrases joined with "and".
test-wrong-tier = { $option }: expected { $want }, got { $got }{ $explained ->
    [yes] {" "}— { $reasons }
   *[no] {""}
}

# $kind: `revenue` ($found, $required: amounts), `status` or `individuals` ($filled, $slots).
test-reason = { $requirement } { $met ->
    [yes] met
   *[no] unmet
} ({ $kind ->
    [revenue] found { $found } of { $required } required
    [status] { $met ->
        [yes] status held
       *[no] status not held
    }
    [either] { $met ->
        [yes] a set of alternatives holds
       *[no] no set of alternatives holds
    }
   *[individuals] { $filled } of { $slots } slots filled
})

test-met-not-unmet = { $option }: expected { $requirement } unmet, but it is met
test-unmet-not-listed = { $option }: { $requirement } is unmet, but not listed in `unmet`

## The summary of `rubric test`.

test-coverage-complete = rule coverage: every requirement was seen both met and unmet
test-coverage-gaps = rule coverage: { $n ->
    [one] { $n } requirement not exercised both ways:
   *[other] { $n } requirements not exercised both ways:
}
# $requirement: `competency/option tier/kind`.
test-never = { $requirement }: { $never ->
    [evaluated] never evaluated
    [unmet] never seen unmet
   *[met] never seen met
}
test-summary = tests: { $passed } passed; { $failed } failed

## Usage errors of `rubric test`.

test-no-files = no test files (`*.test.yaml`) found
test-cannot-read = cannot read `{ $path }`: { $error }
test-cannot-read-partner = cannot read partner `{ $path }`: { $error }
