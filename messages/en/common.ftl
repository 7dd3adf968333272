## common messages (en)

# Used by the catalog's own tests.
common-test-message = pick { $items } ({ $n ->
    [one] { $n } item
   *[other] { $n } items
})

common-test-diagnostic = unknown exam `{ $name }`
    .label = not declared in any file
    .help = { $hint ->
        [suggest] did you mean `{ $suggestion }`?
       *[none] declare it in the catalog
    }
