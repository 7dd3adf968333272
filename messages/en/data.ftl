## data messages (en): partner data files (`rubric::data::*`)

# Words shared by the messages below (`data-word-*`): a referenced message
# sees the variables of the message that references it.

data-word-object = { $object ->
        [line] revenue line
        [consumption] consumption line
        [usage] usage record
        [individual] individual
        [pass] exam pass
        [assessment-pass] assessment pass
        [held-certification] certification
        [status] status
       *[partner] partner
    }

data-word-where = { $object ->
        [partner] the partner
       *[other] `{ $path }`
    }

data-word-expected = { $field ->
        [country] a two-letter country code
        [as_of] a date `YYYY-MM-DD`
        [date] a date `YYYY-MM-DD`
        [passed] a date `YYYY-MM-DD`
        [amount] a decimal string or a number
        [dpor] `true` or `false`
        [revenue] a list of revenue lines
        [consumption] a list of consumption lines
        [usage] a list of usage records
        [quantity] a whole number
        [paid] `true` or `false`
        [individuals] a list of individuals
        [exams] a list of exam passes
        [assessments] a list of assessment passes
        [certifications] a list of certifications
        [earned] a date `YYYY-MM-DD`
        [expires] a date `YYYY-MM-DD`
        [kinds] a list of revenue kind ids
        [association] an association type id
        [associations] a list of association type ids
        [statuses] a list of statuses
        [from] a date `YYYY-MM-DD`
        [until] a date `YYYY-MM-DD`
        [status] a status id or a status object
        [partner] a partner object
        [line] a revenue line object
        [individual] an individual object
        [pass] an exam pass object
        [assessment-pass] an assessment pass object
        [held-certification] a certification object
       *[other] a string
    }

data-word-found = { $found ->
        [number] a number
        [boolean] a boolean
        [null] null
        [list] a list
        [object] an object
        [alias] an alias
       *[string] a string
    }

data-word-how = { $field ->
        [id] an identifier string, e.g. `"contoso"`
        [name] a display name string
        [country] the ISO 3166-1 alpha-2 code of the partner's country, e.g. `"FR"`
        [as_of] the evaluation date as `"YYYY-MM-DD"`
        [revenue] a list of revenue line objects
        [consumption] a list of consumption line objects
        [usage] a list of usage record objects
        [metric] the metric id from the rules, e.g. `"seats"`
        [quantity] the whole number of units, e.g. `1200`
        [paid] `true` for paid units, `false` for a trial or free units (which never count)
        [individuals] a list of individual objects
        [customer] the customer's identifier string
        [product] the product id from the rules, e.g. `"crm-online"`
        [kind] the revenue kind id from the rules, e.g. `"net-new"`
        [amount] the amount as a decimal string, e.g. `"60000.00"`
        [currency] the currency code, e.g. `"USD"`
        [date] the day of the sale as `"YYYY-MM-DD"`
        [dpor] `true` if the partner is Digital Partner of Record for this customer, else `false`
        [exams] a list of exam pass objects
        [exam] the exam id, e.g. `"MB2-714"`
        [passed] the day the exam was passed as `"YYYY-MM-DD"`
        [assessments] a list of assessment pass objects
        [assessment] the assessment id, e.g. `"ta-cloud-platform"`
        [certifications] a list of certification objects
        [certification] the certification id, e.g. `"MCSA-Office-365"`
        [earned] the day the certification was earned as `"YYYY-MM-DD"`
        [expires] the last day the certification is held as `"YYYY-MM-DD"`
        [kinds] the revenue kind ids of the line, e.g. `["net-new"]`
        [association] an association type id from the rules, e.g. `"tpor"`
        [associations] the association type ids of the line, e.g. `["dpor", "tpor"]`
        [statuses] a list of the partner's statuses, e.g. `["surface-hub-adr"]`
        [status] the status id from the rules, e.g. `"surface-hub-adr"`
        [from] the first day the status holds as `"YYYY-MM-DD"`
        [until] the last day the status holds as `"YYYY-MM-DD"`
       *[other] a value
    }

data-word-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

data-syntax = invalid { $format }: { $problem ->
        [comma] expected `,` between two fields or items
        [colon] expected `:` after the field name
        [value] expected a value
        [key] expected a field name in double quotes
        [trailing] trailing characters after the partner
        [eof-list] the file ends while parsing a list
        [eof-object] the file ends while parsing an object
        [string] invalid string
        [comment] comments are not allowed
        [trailing-comma] a comma before a closing bracket
        [number] invalid number
        [documents] the file holds more than one document
        [yaml] { $detail }
       *[unexpected] unexpected character
    }
    .label = { $problem ->
        [eof-list] the file ends before this is closed
        [eof-object] the file ends before this is closed
        [documents] a second document starts here
        [comma] `,` expected here
       *[other] here
    }
    .help = { $problem ->
        [comma] separate the fields of an object and the items of a list with commas
        [colon] write each field as `"name": value`
        [value] give the field a value, e.g. a string in double quotes
        [key] field names are strings in double quotes, e.g. `"id"`
        [trailing] a partner file holds exactly one JSON object: remove what follows it
        [eof-list] the file ends too early: close every string, `{"{"}` and `[`
        [eof-object] the file ends too early: close every string, `{"{"}` and `[`
        [string] close each string with `"`, and escape `"` and `\` inside it with `\`
        [comment] JSON has no comments: remove them
        [trailing-comma] remove the comma after the last field or item
        [number] write numbers as digits with an optional decimal point and exponent, e.g. `60000.00`
        [documents] a partner file holds one YAML document: remove the `---` separators after the first
        [yaml] check the indentation and the `key: value` syntax at this point; quote values that contain `: `, ` #` or start with a special character
       *[other] check the syntax at this point
    }

data-too-deep = the { $format } nests too deeply
    .label = too deep here
    .help = partner data nests only a few levels (partner, revenue line or individual, exam pass): look for unbalanced or runaway brackets

data-not-utf8 = the partner file is not valid UTF-8
    .label = byte `{ $byte }` is not valid UTF-8 here
    .help = save the file as UTF-8 (shown here with the bad bytes replaced by `�`)

data-empty = the partner file is empty
    .label = nothing here
    .help = a partner file holds one object with at least `id` and `country`, e.g. `{"{"}"id": "contoso", "country": "FR"{"}"}`

data-missing-field = { $n ->
        [one] missing field { $fields }
       *[other] missing fields { $fields }
    } in { data-word-where }
    .label = { $n ->
        [one] this { data-word-object } has no `{ $field }`
       *[other] this { data-word-object } lacks these fields
    }
    .help = { $n ->
        [one] add `{ $field }`: { data-word-how }
       *[other] add them: { $object ->
            [individual] an individual
            [pass] an exam pass
            [assessment-pass] an assessment pass
            [held-certification] a certification
           *[other] a { data-word-object }
        } needs { $fields }
    }

data-wrong-type = expected { data-word-expected } { $field ->
        [partner] at the top level
       *[other] for `{ $path }`
    }, found { data-word-found }
    .label = { data-word-found }
    .help = { $field ->
        [partner] a partner file holds one object, e.g. `{"{"}"id": "contoso", "country": "FR"{"}"}`
        [line] write each revenue line as an object of fields
        [consumption] write each consumption line as an object of fields
        [usage] write each usage record as an object of fields
        [paid] write `paid` as `true` or `false`, without quotes
        [individual] write each individual as an object of fields
        [pass] write each exam pass as an object of fields
        [assessment-pass] write each assessment pass as an object of fields
        [held-certification] write each certification as an object of fields
        [dpor] write `dpor` as `true` or `false`, without quotes
       *[other] `{ $field }` holds { data-word-how }{ $quote ->
            [yes] ; put the value in double quotes
           *[no] {""}
        }
    }

data-duplicate-field = field `{ $field }` appears twice in { data-word-where }
    .label = given again here
    .help = keep one `{ $field }` and remove the other

data-unknown-country = unknown country code `{ $code }`
    .label = not an ISO 3166-1 alpha-2 code
    .help = { $hint ->
        [suggest] the ISO 3166-1 code of this country is `{ $suggestion }`
       *[none] use the two-letter ISO 3166-1 alpha-2 code of the partner's country, e.g. `FR`, `US` or `IN`
    }

data-no-market = country `{ $code }` belongs to no market
    .label = no market of the rules lists `{ $code }`
    .help = the rules have no default market: add `{ $code }` to one of their markets ({ $markets }), or declare a default market

data-bad-date = invalid date `{ $text }` for `{ $path }`
    .label = { $reason ->
        [month] there is no month { $month }
        [day0] there is no day 0
        [days] { data-word-month } { $year } has { $days } days
       *[shape] expected `YYYY-MM-DD`
    }
    .help = write dates as `YYYY-MM-DD`, e.g. `2017-07-01`

data-bad-amount = amount `{ $text }` is not a number
    .label = not a decimal number
    .help = write the amount with digits and an optional decimal point, e.g. `"60000.00"`: no spaces, currency signs or thousands separators

data-amount-out-of-range = amount `{ $text }` is out of range
    .label = too large or too precise
    .help = amounts are computed exactly, so they must be below 79228162514264337593543950336 and have at most 28 digits after the decimal point

data-duplicate-individual = individual `{ $id }` is listed { $n ->
        [2] twice
       *[other] { $n } times
    }
    .label = listed again here
    .first = first listed here
    .help = give each individual a unique `id`, or merge the two entries and their exams into one

data-unknown-product = { $others ->
        [0] product `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lines
        }
       *[other] product `{ $id }` and { $others } other products are not in the rules — { $n } lines
    }
    .label = { $n ->
        [one] unknown product
       *[other] first of { $n } lines
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, { $n ->
            [one] this revenue line counts
           *[other] these revenue lines count
        } toward no requirement
       *[none] { $n ->
            [one] this revenue line counts
           *[other] these revenue lines count
        } toward no requirement; known products: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

data-unknown-kind = { $others ->
        [0] revenue kind `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lines
        }
       *[other] revenue kind `{ $id }` and { $others } other kinds are not in the rules — { $n } lines
    }
    .label = { $n ->
        [one] unknown revenue kind
       *[other] first of { $n } lines
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, { $n ->
            [one] this revenue line counts
           *[other] these revenue lines count
        } toward no requirement
       *[none] { $n ->
            [one] this revenue line counts
           *[other] these revenue lines count
        } toward no requirement; known revenue kinds: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

data-unknown-currency = { $others ->
        [0] currency `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lines
        }
       *[other] currency `{ $id }` and { $others } other currencies are not in the rules — { $n } lines
    }
    .label = { $n ->
        [one] unknown currency
       *[other] first of { $n } lines
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, a threshold that would count { $n ->
            [one] this line
           *[other] these lines
        } reports a currency mismatch
       *[none] a threshold that would count { $n ->
            [one] this line
           *[other] these lines
        } reports a currency mismatch; known currencies: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

data-unknown-exam = { $others ->
        [0] exam `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } passes
        }
       *[other] exam `{ $id }` and { $others } other exams are not in the rules — { $n } passes
    }
    .label = { $n ->
        [one] unknown exam
       *[other] first of { $n } passes
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, { $n ->
            [one] this pass is
           *[other] these passes are
        } ignored: no requirement asks for this exam
       *[none] { $n ->
            [one] this pass is
           *[other] these passes are
        } ignored: no requirement asks for { $others ->
            [0] this exam
           *[other] these exams
        }; known exams: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

# A partner of a batch that could not be read (`rubric eval` on many partners).
data-unreadable = cannot read `{ $name }`: { $reason }
    .label = unreadable
    .help = check that the file exists and can be read; the other partners of the run are evaluated

# measures lane: partner data v2 (kinds, associations, statuses).
data-missing-kind = revenue line `{ $path }` has no kind
    .label = neither `kind` nor `kinds` here
    .help = add `"kind": "net-new"`, or `"kinds": [...]` for a line of several kinds

data-contradictory-association = revenue line `{ $path }` lists `dpor` among its associations but says `"dpor": false`
    .label = `dpor` listed here
    .dpor = `dpor` is false here
    .help = remove `"dpor": false`, or remove `dpor` from `associations`

data-until-before-from = the status `{ $path }` ends before it starts
    .label = `until` is before `from`
    .help = swap the two dates, or correct the one that is wrong

data-unknown-association = { $others ->
        [0] association type `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lines
        }
       *[other] association type `{ $id }` and { $others } other types are not in the rules — { $n } lines
    }
    .label = { $n ->
        [one] unknown association type
       *[other] first of { $n } lines
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, it counts toward no requirement
       *[none] as written, it counts toward no requirement; known association types: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

data-unknown-status = { $others ->
        [0] status `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entries
        }
       *[other] status `{ $id }` and { $others } other statuses are not in the rules — { $n } entries
    }
    .label = { $n ->
        [one] unknown status
       *[other] first of { $n } entries
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, it counts toward no requirement
       *[none] as written, it counts toward no requirement; known statuses: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

# measures lane: consumption lines and usage records (data v2).
data-unknown-metric = { $others ->
        [0] metric `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } records
        }
       *[other] metric `{ $id }` and { $others } other metrics are not in the rules — { $n } records
    }
    .label = { $n ->
        [one] unknown metric
       *[other] first of { $n } records
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, it counts toward no requirement
       *[none] as written, it counts toward no requirement; known metrics: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

# creds lane: person credentials of partner data v2, unknown fields.
data-unknown-assessment = { $others ->
        [0] assessment `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } passes
        }
       *[other] assessment `{ $id }` and { $others } other assessments are not in the rules — { $n } passes
    }
    .label = { $n ->
        [one] unknown assessment
       *[other] first of { $n } passes
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, { $n ->
            [one] this pass is
           *[other] these passes are
        } ignored: no requirement asks for this assessment
       *[none] { $n ->
            [one] this pass is
           *[other] these passes are
        } ignored: no requirement asks for { $others ->
            [0] this assessment
           *[other] these assessments
        }; known assessments: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

data-fractional-quantity = `{ $path }` is `{ $text }`, not a whole number
    .label = not a whole number
    .help = a usage record counts whole units (seats, entitlements, devices): write a whole number, e.g. `1200`

data-negative-quantity = `{ $path }` is `{ $text }`, a negative quantity
    .label = negative
    .help = quantities are zero or more: correct the sign, or leave the record out

data-duplicate-snapshot = usage records `{ $first }` and `{ $path }` count the same customer, product, metric and day{ $same ->
        [yes] {" "}twice
       *[no] {" "}differently
    }
    .label = { $same ->
        [yes] the same record again
       *[no] another count for the same day
    }
    .first = first here
    .help = { $same ->
        [yes] this metric counts the latest record of each customer and product, so the copy counts once: remove it
       *[no] this metric counts the latest record of each customer and product, and two records of one day make it ambiguous: keep the right one
    }

data-unknown-certification = { $others ->
        [0] certification `{ $id }` is not in the rules{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entries
        }
       *[other] certification `{ $id }` and { $others } other certifications are not in the rules — { $n } entries
    }
    .label = { $n ->
        [one] unknown certification
       *[other] first of { $n } entries
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, { $n ->
            [one] this entry is
           *[other] these entries are
        } ignored: no requirement asks for this certification
       *[none] { $n ->
            [one] this entry is
           *[other] these entries are
        } ignored: no requirement asks for { $others ->
            [0] this certification
           *[other] these certifications
        }; known certifications: { $known }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        }
    }

# $listed: the list it is under; $belongs: the list of its kind in the rules.
data-wrong-credential-kind = { $others ->
        [0] `{ $id }` is listed under `{ $listed }` but the rules declare it { $belongs ->
            [exams] an exam
            [assessments] an assessment
           *[certifications] a certification
        }{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entries
        }
       *[other] `{ $id }` and { $others } other credentials are listed under `{ $listed }` but the rules declare them of another kind — { $n } entries
    }
    .label = { $n ->
        [one] listed under `{ $listed }`
       *[other] first of { $n } entries
    }
    .help = { $others ->
        [0] it counts as what the rules declare it to be; move it to the person's `{ $belongs }`{ $belongs ->
            [exams] {" "}as `{"{"}"exam": "{ $id }", "passed": …{"}"}`
            [assessments] {" "}as `{"{"}"assessment": "{ $id }", "passed": …{"}"}`
           *[certifications] {" "}as `{"{"}"certification": "{ $id }", "earned": …{"}"}`
        }
       *[other] they count as what the rules declare them to be; move each to the person's `exams`, `assessments` or `certifications`, as its kind in the rules
    }

data-expires-before-earned = the certification `{ $path }` expires before it is earned
    .label = `expires` { $expires } is before `earned` { $earned }
    .help = swap the two dates, or correct the one that is wrong

# $object: the kind of object; $known: its fields.
data-unknown-field = { $n ->
        [one] unknown field `{ $field }` in { data-word-where }
       *[other] unknown field `{ $field }` in { $n } objects like { data-word-where }
    }
    .label = not a field of { $object ->
        [partner] a partner
        [line] a revenue line
        [consumption] a consumption line
        [usage] a usage record
        [individual] an individual
        [pass] an exam pass
        [assessment-pass] an assessment pass
        [held-certification] a certification
       *[status] a status
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`? as written, the field is ignored
       *[none] the field is ignored; known fields: { $known }
    }

# batch lane: CSV exports (one row per record, joined by `partner_id`).
data-csv-column = the CSV header has no `{ $column }` column
    .label = the header
    .help = a CSV export starts with a header naming its columns: `record` (what each row is), `partner_id` (whose it is), then the fields of the records, named as in JSON
data-csv-cells = this row has { $n } cells where the header has { $columns }
    .label = this row
    .help = give every row one cell per column (an empty cell is an absent field); quote a cell that holds a comma: `"a, b"`
data-csv-record = unknown record `{ $kind }`
    .label = not a kind of row
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
       *[none] the `record` column is one of `partner`, `revenue`, `consumption`, `usage`, `status`, `individual`, `exam`, `assessment`, `certification`
    }
data-csv-partners = { $hint ->
        [scattered] the rows of partner `{ $id }` are not together
       *[several] rows of partner `{ $id }` in a file read as partner `{ $first }`
    }
    .label = { $hint ->
        [scattered] more rows of `{ $id }` here
       *[several] another partner
    }
    .help = { $hint ->
        [scattered] its first rows start at line { $line }: sort the export by `partner_id`, so that each partner's rows come together (partners are read one at a time)
       *[several] evaluate the export as a batch, `rubric eval export.csv`, which reads one partner at a time
    }
data-csv-no-rows = the CSV export has a header and no rows
    .label = no row after this
    .help = add a `partner` row (with `partner_id` and `country`), then the rows of its records
