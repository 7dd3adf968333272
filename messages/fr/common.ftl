## common messages (fr)

# Utilisé par les tests du catalogue.
common-test-message = choisir { $items } ({ $n ->
    [one] { $n } élément
   *[other] { $n } éléments
})

common-test-diagnostic = examen inconnu `{ $name }`
    .label = déclaré dans aucun fichier
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
       *[none] déclarez-le dans le catalogue
    }
