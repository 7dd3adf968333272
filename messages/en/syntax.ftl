## syntax messages (en)

# $case: expected (with $expected, $short), unexpected, unterminated.
# $kind: what was found: eof, char or token (then $found).
# $hint: which help to give (suggest: $suggestion).
syntax-unexpected = { $case ->
        [unterminated] unterminated text: the closing `"` is missing
        [unexpected] unexpected { $kind ->
            [eof] end of file
            [char] character { $found }
           *[token] `{ $found }`
        }
       *[expected] expected { $expected }, found { $kind ->
            [eof] end of file
            [char] character { $found }
           *[token] `{ $found }`
        }
    }
    .label = { $case ->
        [unterminated] this text is never closed
        [unexpected] not expected here
       *[expected] expected { $short }
    }
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
        [cred-digits] a credential id is never only digits: write it as published, such as `70-480` or `MB2-714`
        [item] a file holds top-level items: `exam`, `assessment`, `certification`, `product`, `kind`, `currency`, `market`, `association`, `status`, `metric` and `competency`
        [tier] a tier holds `title`, `allow` and requirements: `revenue`, `consumption`, `count METRIC` (seats, entitlements, devices), `new customers`, `status` and `individuals`; for seats, write `count seats in [...] at least N`
        [option] an option holds `title`, `summary`, `allow` and `tier` blocks
        [competency] a competency holds `title`, `summary`, `allow` and `option` blocks
        [slots] each line of an `individuals` block reads `COUNT x one of [CREDENTIAL, ...]` (or `all of`, `2 of`), optionally followed by `and one of [...]`
        [eof] the file ends too early: is a closing `{"}"}` or `]` missing?
        [text] texts are written in double quotes, or per language as `{"{"} en: "...", fr: "..." {"}"}`
        [unterminated] close the text with `"` on the same line; a text cannot span lines (write `\n` for a line break)
       *[none] {""}
    }

# What the parser expects, as phrases joined into $expected.
syntax-word-eof = end of file
syntax-word-months = a number of months
syntax-word-slot-group = a slot group (`1 x one of [...]`)
syntax-word-clause = a clause (`one of [...]`, `all of [...]`, `2 of [...]`)
syntax-word-id-list = a list in brackets (`[a, b]`)
syntax-word-market-amounts = amounts per market (`{"{"} developed: USD 100_000 {"}"}`)
syntax-word-market-amount = a market amount (`developed: USD 100_000`)
syntax-word-money = an amount with its currency (`USD 100_000`)
syntax-word-text = a text (`"..."` or `{"{"} en: "..." {"}"}`)
syntax-word-localized = texts per language (`{"{"} en: "...", fr: "..." {"}"}`)
syntax-word-lang-text = a language and its text (`en: "..."`)
syntax-word-string = a text in double quotes
syntax-word-ident = a name
syntax-word-cred-id = a credential id (`70-480`)
syntax-word-cred-list = a list of credentials (`[70-480, MB2-714]`)
syntax-word-count = a whole number
syntax-word-amount = an amount
syntax-word-date = a date (YYYY-MM-DD)
# Ends a shortened list: "`summary`, `tier` or …".
syntax-word-more = …

syntax-number-too-large = number `{ $text }` is too large
    .label = too large
    .help = counts and months must be at most 4294967295

syntax-amount-out-of-range = amount `{ $text }` is out of range
    .label = cannot be represented exactly
    .help = amounts must have at most 28 significant digits

syntax-bad-date = `{ $text }` is not a calendar date
    .label = no such date
    .help = write dates as YYYY-MM-DD, with a month from 01 to 12 and a day that exists in that month

syntax-too-many-errors = too many syntax errors: stopped after { $limit }
    .label = the rest of the file is not checked
    .help = fix the errors above and run again; is this a rules file?

syntax-not-utf8 = `{ $name }` is not valid UTF-8
    .label = invalid byte here
    .help = rules files must be UTF-8 text; re-save the file as UTF-8

# $found: the credential (or `[list]`) written where a clause belongs; $fix:
# the clause to write instead.
syntax-credential-expected = expected `one of`, `all of` or `K of` before `{ $found }`
    .label = a credential alone is not a clause
    .help = a slot asks for `one of [...]`, `all of [...]` or `K of [...]`: write `{ $fix }`

## lane people: per-person conditions

syntax-mixed-and-or = `and` and `or` mixed without parentheses
    .label = this `{ $found }` follows an `{ $first_op }` at the same level
    .first = the first `{ $first_op }`
    .help = write `(A and B) or C` or `A and (B or C)`: rubric does not guess which one you mean

# measures lane: revenue kinds, associations, statuses.
syntax-word-kinds = a revenue kind, a list of kinds (`[net-new, gross-license]`) or `of any kind`
