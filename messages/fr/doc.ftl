## doc messages (fr) : les phrases des pages de `rubric doc`, rédigées comme
## les pages de compétences du Microsoft Partner Network, et les erreurs
## d'utilisation de `rubric doc`.

# Un montant sur une page : `100 000 USD` (espaces insécables).
doc-money = { $amount }{"\u00A0"}{ $currency }

doc-revenue-intro = Votre organisation doit atteindre les seuils de performance.

doc-revenue-threshold = Le partenaire doit avoir gagné au moins { $amount } avec { $products } ({ $kind-lower } sur { $window ->
    [ttm] les douze derniers mois
   *[months] { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    }
})

doc-dpor = Pour ces clients, vous devez être associé en tant que Partenaire de référence numérique pour { $products }.

doc-individuals-intro = Votre organisation doit compter **{ $n }** { $n ->
    [one] personne ayant réussi
   *[other] personnes ayant réussi
} les examens requis.

doc-subject = { $position ->
    [first] **{ $n }** { $n ->
        [one] personne
       *[other] personnes
    }
    [same] { $n ->
        [one] La même personne
       *[other] Les **{ $n }** mêmes personnes
    }
    [other] { $n ->
        [one] L'autre personne
       *[other] Les **{ $n }** autres personnes
    }
   *[another] { $n ->
        [one] Une autre personne
       *[other] **{ $n }** autres personnes
    }
}

# $kind : exam, assessment, certification, ou credential pour une liste qui
# mêle les sortes ; $all : yes pour `all of`.
doc-clause = { $who } { $n ->
    [one] doit
   *[other] doivent
}{ $also ->
    [yes] {" "}également
   *[no] {""}
}{ $n ->
    [one] {""}
   *[other] {" "}chacune
} { $kind ->
    [certification] détenir
    [credential] détenir
   *[exam] réussir
} { $all ->
    [yes] { $kind ->
        [assessment] toutes les évaluations suivantes
        [certification] toutes les certifications suivantes
        [credential] toutes les qualifications suivantes
       *[exam] tous les examens suivants
    }
   *[no] { $need ->
        [one] { $kind ->
            [assessment] l'une des évaluations suivantes
            [certification] l'une des certifications suivantes
            [credential] l'une des qualifications suivantes
           *[exam] l'un des examens suivants
        }
       *[other] **{ $need }** { $kind ->
            [assessment] des évaluations suivantes
            [certification] des certifications suivantes
            [credential] des qualifications suivantes
           *[exam] des examens suivants
        }
    }
} :

# Une qualification d'une clause ; des notes entre parenthèses peuvent suivre.
doc-credential = { $id }{"\u00A0"}: { $title }
# La sorte d'une qualification, notée dans une liste qui mêle les sortes.
doc-kind-exam = examen
doc-kind-assessment = évaluation
doc-kind-certification = certification
# Le cours Partner University d'une évaluation.
doc-course = cours { $course }
doc-retired = retiré le { $day }/{ $month }/{ $year }

# Erreurs d'utilisation.
doc-no-such-competency = aucune compétence `{ $id }` dans les règles{ $hint ->
    [suggest] {" "}(vouliez-vous dire `{ $suggestion }` ?)
   *[none] {""}
}
doc-no-competency = les règles ne définissent aucune compétence
doc-cannot-create = impossible de créer `{ $path }` : { $error }
doc-cannot-write = impossible d'écrire `{ $path }` : { $error }
doc-wrote = écrit : { $path }

## lane people : conditions par personne

# La personne dont parle une condition avec `or`. $who : de doc-subject ;
# $n : personnes du groupe.
doc-condition-who = { $who } { $n ->
    [one] doit :
   *[other] doivent chacune :
}
# Ce que demande une clause, après doc-condition-who ; arguments comme doc-clause.
doc-condition-clause = { $kind ->
    [certification] détenir
    [credential] détenir
   *[exam] réussir
} { $all ->
    [yes] { $kind ->
        [assessment] toutes les évaluations suivantes
        [certification] toutes les certifications suivantes
        [credential] toutes les qualifications suivantes
       *[exam] tous les examens suivants
    }
   *[no] { $need ->
        [one] { $kind ->
            [assessment] l'une des évaluations suivantes
            [certification] l'une des certifications suivantes
            [credential] l'une des qualifications suivantes
           *[exam] l'un des examens suivants
        }
       *[other] **{ $need }** { $kind ->
            [assessment] des évaluations suivantes
            [certification] des certifications suivantes
            [credential] des qualifications suivantes
           *[exam] des examens suivants
        }
    }
} :
# Un `or` et un `and` imbriqués.
doc-condition-either = remplir l'une des conditions suivantes :
doc-condition-both = remplir toutes les conditions suivantes :
# Devant chaque alternative après la première, et chaque partie après la première.
doc-condition-or = **OU**
doc-condition-and = **ET**

## lane people : domaines d'expertise

# Le titre d'un domaine d'expertise, au-dessus de ses qualifications.
doc-area-title = Domaine **{ $title }** :
# `Q of any area [...]`. $need, $all, $kind comme doc-clause ; $areas : nombre de domaines.
doc-any-area = { $kind ->
    [certification] détenir
    [credential] détenir
   *[exam] réussir
} { $all ->
    [yes] { $kind ->
        [assessment] toutes les évaluations
        [certification] toutes les certifications
        [credential] toutes les qualifications
       *[exam] tous les examens
    } { $areas ->
        [one] du domaine suivant
       *[other] de l'un des domaines suivants
    }
   *[no] { $need ->
        [one] { $kind ->
            [assessment] l'une des évaluations
            [certification] l'une des certifications
            [credential] l'une des qualifications
           *[exam] l'un des examens
        } { $areas ->
            [one] du domaine suivant
           *[other] des domaines suivants
        }
       *[other] **{ $need }** { $kind ->
            [assessment] des évaluations
            [certification] des certifications
            [credential] des qualifications
           *[exam] des examens
        } { $areas ->
            [one] du domaine suivant
           *[other] de l'un des domaines suivants
        }
    }
} :

## lane people : each / K of them

# $k des $n personnes d'un bloc `each:` détiennent davantage.
doc-of-them-who = { $k ->
    [one] **1** des { $n } mêmes personnes doit aussi :
   *[other] **{ $k }** des { $n } mêmes personnes doivent chacune aussi :
}

## lane people : exigences de personnes partagées

# $with : les numéros des exigences partagées ; $count : leur nombre.
doc-shares = Peut être effectuée par les mêmes personnes que { $count ->
    [one] l'exigence
   *[other] les exigences
} { $with }.

# lane measures : types d'association autres que DPOR seul, et statuts.
doc-associations = Pour ces clients, vous devez être associé en tant que { $associations } pour { $products }.
doc-status = Le partenaire doit détenir le statut : { $status }.

# lane lsp : les mots du serveur de langage (survol, renommage, mise en forme).
# $market : l'identifiant du marché ; $title : son titre ; $amount : le montant et sa devise.
lsp-hover-threshold = `{ $market }` ({ $title }) : au moins { $amount }
lsp-hover-threshold-all = tous les marchés : au moins { $amount }
lsp-hover-thresholds = Seuils de revenus
# $name : le nouvel identifiant ; $what : le mot-clé de son genre (`exam`, `product`…).
lsp-rename-clash = `{ $name }` est déjà l'identifiant d'un autre élément `{ $what }` : choisissez-en un autre
lsp-rename-invalid = `{ $name }` n'est pas un identifiant valide ici
lsp-rename-nothing = il n'y a pas d'identifiant à renommer ici
lsp-rename-undeclared = `{ $name }` n'est pas déclaré dans l'espace de travail : impossible de le renommer
lsp-rename-builtin = `{ $name }` est prédéfini (les données des partenaires l'écrivent `"dpor": true`) : il ne peut pas être renommé
lsp-format-broken = ce fichier a des erreurs de syntaxe : corrigez-les avant la mise en forme

# lane measures : consommation, comptes d'une mesure d'utilisation, nouveaux clients.
doc-consumption-threshold = Le partenaire doit avoir au moins { $amount } de consommation de { $products } sur { $window ->
    [ttm] les douze derniers mois
   *[months] { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    }
}
doc-count-threshold = Le partenaire doit avoir au moins { $amount } { $metric } payés de { $products } sur { $window ->
    [ttm] les douze derniers mois
   *[months] { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    }
}
doc-new-customers-threshold = Le partenaire doit ajouter au moins { $amount } nouveaux clients de { $products } sur { $window ->
    [ttm] les douze derniers mois
   *[months] { $months ->
        [one] le dernier mois
       *[other] les { $months } derniers mois
    }
}
doc-paid-only = Seules les unités payées comptent : les essais et les unités gratuites sont exclus.

# voie either : `either { … } or { … }`. $count : le nombre d'ensembles ; $branch : le numéro d'un ensemble.
doc-either = Le partenaire doit remplir toutes les exigences de l'un des { $count } ensembles suivants :
doc-branch = { $branch ->
        [1] Ensemble 1
       *[other] OU ensemble { $branch }
    }

## lane scores
doc-score = Score de capacité du partenaire : atteindre au moins { $target } points sur { $total }{ $above ->
        [yes] , chaque indicateur au-dessus de zéro
       *[no] {""}
    }. Chaque indicateur rapporte tous ses points à son seuil et des points proportionnels en dessous, tronqués au centième de point :
# $window : none (personnes), ttm ou months ; $growth : yes pour une variation sur un an ; $minimum : none ou some ($least).
doc-score-metric = **{ $points } points** pour { $what }{ $window ->
        [ttm] {" "}sur la période TTM
        [months] { $months ->
            [one] {" "}sur le dernier mois
           *[other] {" "}sur les { $months } derniers mois
        }
       *[none] {""}
    }{ $growth ->
        [yes] , par rapport à la même période un an plus tôt
       *[no] {""}
    } : tous les points à { $threshold }{ $minimum ->
        [some] {" "}; au moins { $least } requis
        [above] {" "}; plus de { $least } requis
       *[none] {""}
    }
doc-qualified = Le niveau est atteint quand ses exigences sont remplies au moins un jour du mois en cours ou des { $months } mois précédents.
