## report messages (fr)
## Le rapport d'évaluation lisible, ligne par ligne.

report-header = { $partner } — { $country }, marché { $market } — au { $as_of }
report-option = { $competency } · { $title } — option { $option }
report-attained = atteint : { $tier }
report-next = suivant : { $tier }
report-none = aucun
report-top-tier = { $tier } est le plus haut niveau de cette option
report-no-competency = aucune compétence à évaluer

report-revenue = revenus : { $found } sur { $required } requis
report-short-by = il manque { $shortfall }
report-lines-counted = { $n ->
        [one] { $n } ligne comptée
       *[other] { $n } lignes comptées
    }
report-dpor-only = DPOR uniquement
# Lignes de revenu écartées d'un seuil, comptées par motif.
report-excluded = { $n } { $reason ->
        [other-product] { $n ->
            [one] autre produit
           *[other] autres produits
        }
        [other-kind] { $n ->
            [one] autre type de revenu
           *[other] autres types de revenu
        }
        [before-window] avant la période
        [after-as-of] après la date d'évaluation
        [not-associated] sans ces associations
       *[not-dpor] sans DPOR
    }
# $kind : le titre du type de revenu ; $products : les titres des produits.
report-revenue-what = { $kind } sur { $products }

report-individuals = personnes : { $filled } places pourvues sur { $required }
report-late-passes = { $n ->
        [one] ({ $n } examen réussi après la date d'évaluation ne compte pas)
       *[other] ({ $n } examens réussis après la date d'évaluation ne comptent pas)
    }
report-clause-some = { $need } parmi { $exams }
report-more-unfilled = { $n ->
        [one] (et { $n } autre non pourvue)
       *[other] (et { $n } autres non pourvues)
    }

report-plan = plan pour atteindre { $tier } :
report-plan-earn = réaliser encore { $amount } de { $what }
report-plan-impossible = les places d'examen ne peuvent pas être pourvues : certains examens requis sont retirés
report-plan-new-person = une personne nouvellement certifiée : { $pass }
report-plan-total = { $passes ->
        [one] { $passes } examen à réussir
       *[other] { $passes } examens à réussir
    } en tout{ $new ->
        [0] {""}
        [one] , avec 1 nouvelle personne à certifier
       *[other] , avec { $new } nouvelles personnes à certifier
    }
# Ce qu'une personne doit réussir.
report-pass = réussir { $what }
report-pass-count = { $need } parmi { $exams }
report-pass-separator = {", et "}
# Ponctuation propre à chaque langue.
report-separator = {" ; "}
# $who : une personne ou un groupe de places ; $what : ce qu'il lui faut ou qui l'occupe.
report-colon = { $who } : { $what }

## HTML report (`rubric eval --format html`)

# The title of the summary of a batch page.
report-html-summary = { $n ->
        [one] { $n } partenaire
       *[other] { $n } partenaires
    }
# The list of partners closest to their next tier.
report-html-closest = les plus proches du niveau suivant
# One partner of that list: the option, the tier to reach, what is missing.
report-html-closest-item = { $option } : { $tier } — { $unmet ->
        [one] { $unmet } exigence non remplie
       *[other] { $unmet } exigences non remplies
    }{ $passes ->
        [0] {""}
        [one] , { $passes } examen à réussir
       *[other] , { $passes } examens à réussir
    }

## lane people

# Entre les alternatives d'une condition, dans une description compacte de place.
report-condition-or = ou
# Une exigence de personnes nommée d'un niveau qui en a plusieurs.
report-individuals-named = personnes `{ $name }` : { $filled } places pourvues sur { $required }
# Après une exigence dont toutes les places sont pourvues mais dont le groupe ne l'est pas.
report-group-unmet = (satisfaite seule, pas avec les autres : les exigences de personnes de ce niveau demandent des personnes différentes, et trop peu se qualifient pour toutes)
# Après une personne qui occupe aussi une place de $requirements, comme le partage le permet.
report-also-counts = (compte aussi pour { $requirements })

# lane measures : associations, types de revenu et statuts dans le rapport.
report-associated-only = associé en tant que { $associations } uniquement
measures-any-kind = chiffre d'affaires
report-status-held = statut { $status } : détenu
report-status-missing = statut { $status } : non détenu
report-plan-status = obtenir le statut { $status }
# $competency : son identifiant ; $tier : le plus haut niveau atteint par une
# option (ou « aucun ») ; $options : les options qui l'atteignent ; $n : leur nombre.
report-overall = { $competency } dans l'ensemble : { $tier }{ $n ->
        [0] {""}
        [one] {" "}(option { $options })
       *[other] {" "}(options { $options })
    }

# lane measures : consommation, comptes d'une mesure d'utilisation, nouveaux clients.
report-consumption = consommation : { $found } sur { $required } requis
report-consumption-what = consommation de { $products }
report-count = { $metric } : { $found } sur { $required } requis
report-count-what = { $metric } payés de { $products }
report-new-customers = nouveaux clients : { $found } sur { $required } requis
report-new-customers-what = nouveaux clients de { $products }
report-records-counted = { $n ->
        [one] { $n } relevé compté
       *[other] { $n } relevés comptés
    }
report-customers-counted = { $n ->
        [one] nouveau : { $customers }
       *[other] nouveaux : { $customers }
    }
report-existing-customers = { $n ->
        [one] client avant la période : { $customers }
       *[other] clients avant la période : { $customers }
    }
report-plan-add = ajouter { $count } { $what } de plus, datés après le { $after }{ $assoc ->
        [yes] , associés en tant que { $associations }
       *[no] {""}
    }

# couloir creds : un justificatif qu'une personne déclare, demandé par une
# exigence, mais qui ne compte pas. $kind : exam, assessment ou certification ;
# $reason : retired (obtenu après le retrait le $on) ou expired (le $on).
report-not-counted = non compté : { $kind ->
        [exam] l'examen
        [assessment] l'évaluation
       *[certification] la certification
    } { $credential } de { $person }, { $kind ->
        [exam] réussi
        [assessment] réussie
       *[certification] obtenue
    } le { $date } : { $reason ->
        [retired] après son retrait le { $on }
       *[expired] { $kind ->
            [exam] expiré
           *[other] expirée
        } le { $on }
    }
# Lignes comptées de montant négatif (avoirs, remboursements), et leur somme.
report-adjustments = { $n ->
        [one] dont 1 ajustement ({ $total })
       *[other] dont { $n } ajustements ({ $total } en tout)
    }
# Une exigence de personnes aux places trop nombreuses pour un plan (issue 9).
report-plan-unplanned = pas de plan pour `{ $requirement }` : trop de places pour un seul plan ; le niveau est peut-être atteignable
# Un seuil de revenu indécis : des lignes ne peuvent pas être comptées (issue 9).
report-undecided = indécis : { $n ->
        [one] la ligne { $lines } ne peut pas être comptée
       *[other] les lignes { $lines } ne peuvent pas être comptées
    } (voir l'erreur)

## voie diff : `rubric diff`, l'effet d'un changement de règles (issue 10)

# L'en-tête d'un partenaire dont une option change de niveau.
diff-partner = { $partner } — au { $as_of }
# Le niveau d'une option avec les anciennes règles → avec les nouvelles ; $tiers : ceux perdus ou gagnés.
diff-lost = { $option } : { $from } → { $to } (perd { $tiers })
diff-gained = { $option } : { $from } → { $to } (gagne { $tiers })
# Une exigence qui fait la différence. $rule : `same` ou `changed`.
diff-no-longer-met = { $tier } : `{ $requirement }` n'est plus satisfaite ({ $rule ->
        [same] règle inchangée
       *[changed] règle modifiée
    })
diff-now-met = { $tier } : `{ $requirement }` est désormais satisfaite ({ $rule ->
        [same] règle inchangée
       *[changed] règle modifiée
    })
diff-added = { $tier } : `{ $requirement }` ajoutée, non satisfaite
diff-removed = { $tier } : `{ $requirement }` supprimée (elle n'était pas satisfaite)
diff-tier-added = { $tier } : niveau ajouté par les nouvelles règles
diff-tier-removed = { $tier } : niveau supprimé par les nouvelles règles
# Avant le verdict d'une exigence selon chaque version, alignés.
diff-before = avant :
diff-after = après :
# Les dernières lignes d'une exécution.
diff-summary = { $partners ->
        [one] { $partners } partenaire comparé
       *[other] { $partners } partenaires comparés
    } : { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }, { $gained } gagnant un niveau, { $lost } en perdant un, { $failed } en échec{ $undecided ->
        [0] {""}
        [one] , { $undecided } avec une exigence laissée indécise par ses données
       *[other] , { $undecided } avec une exigence laissée indécise par leurs données
    }
diff-option = { $option } : { $gained } en hausse, { $lost } en baisse ({ $moves })

# voie either : `either { … } or { … }`. $met : yes/no ; $branch : le premier ensemble rempli (à partir de 1) ; $count : le nombre d'ensembles.
report-either = { $met ->
        [yes] un ensemble d'exigences parmi { $count } : l'ensemble { $branch } est rempli
       *[no] un ensemble d'exigences parmi { $count } : aucun n'est rempli
    }
report-branch = ensemble { $branch }
report-plan-branch = par l'ensemble { $branch } des alternatives (le moins d'exigences à remplir, puis le moins d'examens) :

## lane scores
# $points : centièmes, écrits ; $minimums : yes quand chaque indicateur atteint son minimum.
report-score-head = score : { $points } sur { $target } points requis (sur un total de { $total }){ $minimums ->
        [yes] {""}
       *[no] {" "}— un indicateur est sous son minimum
    }
# $minimum : none, met ou unmet ; $least : le plus petit chiffre qui l'atteint.
report-score-metric = { $what } : { $found } sur { $threshold } → { $points } sur { $weight } points{ $minimum ->
        [met] , minimum { $least } atteint
        [unmet] , sous le minimum { $least }
        [above-met] , au-dessus de { $least }
        [above-unmet] , pas au-dessus de { $least }
       *[none] {""}
    }{ $undecided ->
        [yes] {" "}(indécis : une ligne ne peut être comptée, voir les erreurs)
       *[no] {""}
    }
report-score-net-adds-what = gain net de clients dans { $products }
report-score-growth-what = croissance des { $metric } payants dans { $products }
report-score-people-what = personnes détenant { $credentials }
# $need : combien ; $all : yes pour `all of`.
report-score-clause = { $all ->
        [yes] tous parmi { $credentials }
       *[no] { $need ->
            [one] l'un de { $credentials }
           *[other] { $need } parmi { $credentials }
        }
    }
report-score-condition = les certifications demandées
report-score-qualified = qualifié le { $date }, un jour du mois en cours ou des { $months } précédents
report-score-plan = { $requirement } : atteindre { $points } points ({ $target } requis) en ajoutant { $cost ->
        [one] { $cost } unité
       *[other] { $cost } unités
    } au total ({ $money ->
        [yes] un client, une personne, un déploiement, une unité d'usage ou l'argent d'un point chacun
       *[no] un client, une personne, un déploiement ou une unité d'usage chacun
    })
report-score-plan-step = { $what } : { $more } de plus ({ $from } → { $to }), pour { $points } sur { $weight } points
report-score-unplanned = { $requirement } : trop de combinaisons pour un plan exact ; relevez les indicateurs jusqu'à { $target } points
