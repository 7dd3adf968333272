## test messages (fr) : ce que `rubric test` dit des fichiers de tests, des cas et de la couverture.

## Problèmes dans un fichier de tests, sous forme de diagnostics.

test-syntax = ce fichier de tests n'est pas du YAML valide
    .label = le YAML ne peut pas être lu à partir d'ici
    .help = vérifiez l'indentation et la syntaxe `key: value` à cet endroit ; mettez entre guillemets les valeurs qui contiennent `: ` ou ` #`, ou qui commencent par un caractère spécial

test-unknown-field = champ inconnu `{ $field }` dans { $place ->
    [file] le fichier de tests
   *[case] le cas de test `{ $case }`
}
    .label = n'est pas un champ { $place ->
        [file] de fichier de tests
       *[case] de cas de test
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
       *[none] les champs sont { $fields }
    }

test-missing-field = { $place ->
    [file] le fichier de tests n'a pas de liste `tests`
   *[case] il manque { $fields } au cas de test `{ $case }`
}
    .label = { $place ->
        [file] ici
       *[case] ce cas de test
    }
    .help = { $place ->
        [file] commencez le fichier par `tests:` suivi d'une liste de cas
       *[case] { $n ->
            [one] ajoutez-le
           *[other] ajoutez-les
        } : un cas a besoin de `name`, `partner` et `expect`
    }

test-wrong-type = { $place ->
    [file] { $expected ->
        [mapping] un fichier de tests doit être un dictionnaire avec une liste `tests`
        [list] `tests` doit être une liste de cas de test
       *[cases] chaque élément de `tests` doit être un cas de test (un dictionnaire)
    }
   *[case] `{ $field }` du cas de test `{ $case }` { $expected ->
        [text] doit être un texte
        [date] doit être une date
        [expect] doit associer à `competency/option` un id de niveau ou `none`
       *[unmet] doit associer à `competency/option` une liste d'exigences
    }
}
    .label = { $expected ->
        [mapping] dictionnaire attendu ici
        [list] liste attendue ici
        [cases] cas de test attendu ici
        [text] texte attendu ici
        [date] date attendue ici
        [expect] ne correspond pas à `competency/option: tier`
       *[unmet] ne correspond pas à `competency/option: [requirements]`
    }
    .help = { $expected ->
        [expect] écrivez par exemple `expect: {"{"} cloud-crm/reseller: silver {"}"}`
        [unmet] écrivez par exemple `unmet: {"{"} cloud-crm/reseller: [gold/revenue] {"}"}`
        [date] écrivez la date sous la forme `YYYY-MM-DD`, par exemple `2017-07-01`
       *[other] voir « Testing rules » dans docs/language.md
    }

test-bad-date = `{ $value }` n'est pas une date (cas de test `{ $case }`)
    .label = `YYYY-MM-DD` attendu
    .help = écrivez la date d'évaluation sous la forme `YYYY-MM-DD`, par exemple `2017-07-01`

test-invalid = ce fichier de tests ne suit pas le format des tests
    .label = ici
    .help = voir « Testing rules » dans docs/language.md

## Pourquoi un cas a échoué ou n'a pas pu s'exécuter.

test-no-as-of = pas de date d'évaluation : indiquez `as_of` dans le cas ou dans le partenaire

test-no-option = pas d'option de compétence `{ $option }` { $hint ->
    [suggest] (vouliez-vous dire `{ $suggestion }` ?)
   *[none] (écrivez `competency/option`)
}

test-no-tier = `{ $option }` n'a pas de niveau `{ $tier }`{ $hint ->
    [suggest] {" "}(vouliez-vous dire `{ $suggestion }` ?)
   *[none] {""}
}

test-no-requirement = `{ $requirement }` ne désigne aucune exigence de `{ $option }` { $hint ->
    [suggest] (vouliez-vous dire `{ $suggestion }` ?)
   *[none] (écrivez `tier/revenue` ou `tier/individuals`)
}

test-wrong-tier = { $option } : { $want } attendu, { $got } obtenu{ $explained ->
    [yes] {" "}— { $reasons }
   *[no] {""}
}

test-reason = { $requirement } { $met ->
    [yes] satisfaite
   *[no] non satisfaite
} ({ $kind ->
    [revenue] { $found } trouvés sur { $required } requis
    [status] { $met ->
        [yes] statut détenu
       *[no] statut non détenu
    }
    [either] { $met ->
        [yes] un ensemble d'alternatives est rempli
       *[no] aucun ensemble d'alternatives n'est rempli
    }
   *[individuals] { $filled } places pourvues sur { $slots }
})

test-met-not-unmet = { $option } : { $requirement } devait être non satisfaite, mais elle est satisfaite
test-unmet-not-listed = { $option } : { $requirement } n'est pas satisfaite, mais ne figure pas dans `unmet`

## Le bilan de `rubric test`.

test-coverage-complete = couverture des règles : chaque exigence a été vue satisfaite et non satisfaite
test-coverage-gaps = couverture des règles : { $n ->
    [one] { $n } exigence n'a pas été vue dans les deux cas :
   *[other] { $n } exigences n'ont pas été vues dans les deux cas :
}
test-never = { $requirement } : { $never ->
    [evaluated] jamais évaluée
    [unmet] jamais vue non satisfaite
   *[met] jamais vue satisfaite
}
test-summary = tests : { $passed } { $passed ->
    [one] réussi
   *[other] réussis
} ; { $failed } { $failed ->
    [one] échoué
   *[other] échoués
}

## Erreurs d'utilisation de `rubric test`.

test-no-files = aucun fichier de tests (`*.test.yaml`) trouvé
test-cannot-read = impossible de lire `{ $path }` : { $error }
test-cannot-read-partner = impossible de lire le partenaire `{ $path }` : { $error }
