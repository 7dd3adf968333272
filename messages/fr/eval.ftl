## eval messages (fr)

# $list : `revenue` ou `consumption` ; $at : `rule` quand le diagnostic pointe
# le montant du seuil, `data` quand il pointe la ligne dans le fichier
# partenaire ; $option et $tier : ceux du seuil.
eval-currency-mismatch = { $list ->
        [consumption] la ligne de consommation
       *[revenue] la ligne de revenu
    } `{ $list }[{ $line }]` (client `{ $customer }`) est en `{ $found }`, mais le seuil de `{ $option }` niveau `{ $tier }` est en `{ $expected }`
    .label = { $at ->
        [data] en `{ $found }`
       *[rule] les montants sont ici en { $expected }
    }
    .help = convertissez la ligne en { $expected } dans les données du partenaire : rubric ne devine pas les taux de change. D'ici là, les seuils auxquels cette ligne compterait restent indécis (non atteints) ; les autres exigences sont évaluées

# Seuil de revenu non atteint du niveau suivant, dans le rapport d'évaluation.
# $what : le type de revenu et les produits, formulés par `report-revenue-what`.
eval-revenue-short = le niveau `{ $tier }` exige { $required } de { $what } sur { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    } ; trouvé { $found }, il manque { $shortfall }
    .label = requis sur le marché { $market }
    .help = { $measure ->
        [consumption] obtenez encore { $shortfall } de consommation datée
       *[revenue] réalisez encore { $shortfall } de ventes datées
    } après le { $after }{ $dpor ->
        [yes] , auprès de clients dont vous êtes Digital Partner of Record
        [assoc] , auprès de clients auxquels vous êtes associé en tant que { $associations }
       *[no] {""}
    }

# Places d'examen non pourvues du niveau suivant. Chaque groupe de places est
# annoté du nombre de places pourvues (`$filled-N` sur `$count-N` pour le
# groupe N) ; le premier groupe porte l'annotation principale.
eval-slots-unfilled = le niveau `{ $tier }` exige { $required } personnes sur ces places d'examen ; { $filled } peuvent être pourvues
    .label = { $filled-1 } sur { $count-1 } pourvues
    .group-2 = { $filled-2 } sur { $count-2 } pourvues
    .group-3 = { $filled-3 } sur { $count-3 } pourvues
    .group-4 = { $filled-4 } sur { $count-4 } pourvues
    .group-5 = { $filled-5 } sur { $count-5 } pourvues
    .group-6 = { $filled-6 } sur { $count-6 } pourvues
    .help = { $closest ->
        [yes] la personne la plus proche : { $person } pourrait { $pass }
       *[no] aucune personne disponible n'est près de se qualifier : voir le plan ci-dessous
    }

# lane measures : un statut exigé par le niveau suivant que le partenaire ne détient pas.
eval-status-missing = le niveau `{ $tier }` exige le statut { $status }
    .label = non détenu à la date d'évaluation
    .help = obtenez le statut { $status }, et indiquez-le dans les `statuses` du partenaire avec son jour de début (`from`)

# A line whose amount would make a threshold's sum round (issue 9).
eval-inexact-sum = la ligne de recettes `revenue[{ $line }]` (client `{ $customer }`, { $amount } { $found }) ne peut pas s'ajouter exactement à la somme du seuil de revenu de `{ $option }` niveau `{ $tier }`
    .label = { $at ->
        [data] ce montant
       *[rule] la somme de ce seuil
    }
    .help = le total demanderait plus de 28 chiffres significatifs et rubric n'arrondit jamais un montant : écrivez les montants avec moins de décimales

# lane measures : un compte d'unités ou de nouveaux clients du niveau suivant non atteint.
eval-quantity-short = le niveau `{ $tier }` demande { $required } { $what } sur { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    } ; trouvé { $found } — il manque { $shortfall }
    .label = requis sur le marché { $market }
    .help = ajoutez-en { $shortfall } de plus, datés après le { $after }{ $assoc ->
        [yes] , associés en tant que { $associations }
       *[no] {""}
    } ; les essais et les unités gratuites ne comptent jamais

# lane scores
# $points : écrit avec les centièmes ; $minimums : yes quand chaque indicateur atteint son minimum.
eval-score-short = le niveau `{ $tier }` demande { $target } points, le partenaire en a { $points }{ $minimums ->
        [yes] {""}
       *[no] {" "}et un indicateur est sous son minimum
    }
    .label = score non atteint
    .help = suivez le plan ci-dessous : c'est l'ensemble d'améliorations le moins coûteux qui atteint { $target } points
