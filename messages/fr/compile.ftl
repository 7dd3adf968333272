## compile messages (fr)

# Un identifiant de qualification : $hint vaut `suggest` (avec $suggestion),
# `list` (avec $declared, des identifiants déclarés, les plus proches d'abord)
# ou `declare`.
resolve-unknown-credential = aucun examen, aucune évaluation ni aucune certification ne s'appelle `{ $name }`
    .label = absent du catalogue des qualifications
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`exam { $name } "titre"`, ou `assessment`, `certification`), ou utilisez un identifiant déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `exam { $name } "titre"`, ou `assessment`, `certification`
    }

# Noms inconnus : $name ; $hint vaut `suggest` (avec $suggestion), `list`
# (avec $declared, des noms déclarés de cette sorte, les plus proches d'abord)
# ou `declare`.
resolve-unknown-product = produit inconnu `{ $name }`
    .label = { $hint ->
        [suggest] aucun produit n'est déclaré avec cet identifiant
       *[declare] absent du catalogue des produits
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`product { $name } "titre"`), ou utilisez un produit déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `product { $name } "titre"`
    }
resolve-unknown-kind = type de revenu inconnu `{ $name }`
    .label = { $hint ->
        [suggest] aucun type de revenu n'est déclaré avec cet identifiant
       *[declare] absent du catalogue des types de revenu
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`kind { $name } "titre"`), ou utilisez un type de revenu déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `kind { $name } "titre"`
    }
resolve-unknown-currency = devise inconnue `{ $name }`
    .label = { $hint ->
        [suggest] aucune devise n'est déclarée avec cet identifiant
       *[declare] absente du catalogue des devises
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-la dans le catalogue (`currency { $name } "titre"`), ou utilisez une devise déclarée : { $declared }
       *[declare] déclarez-la dans le catalogue : `currency { $name } "titre"`
    }
resolve-unknown-market = marché inconnu `{ $name }`
    .label = { $hint ->
        [suggest] aucun marché n'est déclaré avec cet identifiant
       *[declare] absent du catalogue des marchés
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`market { $name } "titre" countries [...]`), ou utilisez un marché déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `market { $name } "titre" countries [...]`
    }

# $what : exam, product, kind, currency, market, competency, option ou tier.
# .first désigne une première définition dans le même fichier ; .first-elsewhere
# titre la note qui en montre une dans un autre fichier.
resolve-duplicate-definition = { $hint ->
    [other-kind] `{ $name }` est déclaré deux fois : comme { $first-what ->
            [assessment] évaluation
            [certification] certification
           *[exam] examen
        } et comme { $what ->
            [assessment] évaluation
            [certification] certification
           *[exam] examen
        }
   *[same] { $what ->
        [exam] l'examen `{ $name }` est défini plusieurs fois
        [assessment] l'évaluation `{ $name }` est définie plusieurs fois
        [certification] la certification `{ $name }` est définie plusieurs fois
        [product] le produit `{ $name }` est défini plusieurs fois
        [kind] le type de revenu `{ $name }` est défini plusieurs fois
        [currency] la devise `{ $name }` est définie plusieurs fois
        [market] le marché `{ $name }` est défini plusieurs fois
        [association] le type d'association `{ $name }` est défini plusieurs fois
        [status] le statut `{ $name }` est défini plusieurs fois
        [metric] la mesure `{ $name }` est définie plusieurs fois
        [competency] la compétence `{ $name }` est définie plusieurs fois
        [option] l'option `{ $name }` est définie plusieurs fois
        [area] le domaine `{ $name }` est défini plusieurs fois
        [requirement] l'exigence `{ $name }` est définie plusieurs fois
       *[tier] le niveau `{ $name }` est défini plusieurs fois
    }
}
    .label = nouvelle définition de `{ $name }`
    .first = première définition
    .first-elsewhere = première définition de `{ $name }`
    .help = { $hint ->
        [other-kind] examens, évaluations et certifications partagent les mêmes identifiants : supprimez l'une des définitions, ou donnez un autre identifiant à celle-ci
       *[same] supprimez l'une des définitions, ou donnez un autre identifiant à celle-ci
    }

# $hint : fix, ou no-groups pour un bloc sans groupe de places.
validate-slot-count-mismatch = les groupes prévoient { $sum ->
        [one] { $sum } place
       *[other] { $sum } places
    }, mais le total est { $total }
    .label = { $total ->
        [one] { $total } personne requise ici
       *[other] { $total } personnes requises ici
    }
    .groups = ces groupes en demandent { $sum }
    .help = { $hint ->
        [no-groups] ajoutez des groupes de places comme `1 x one of [EXAMEN, ...]`, dont la somme des nombres égale le total
       *[fix] faites en sorte que les groupes prévoient { $total ->
            [one] { $total } place
           *[other] { $total } places
        }, ou remplacez le total par { $sum }
    }

# $what : credential ou product.
validate-empty-list = { $what ->
        [credential] liste de qualifications vide
        [area] liste de domaines vide

        [kind] liste de types de revenu vide
        [association] liste de types d'association vide
       *[product] liste de produits vide
    }
    .label = rien dans la liste
    .help = { $what ->
        [credential] indiquez les qualifications qui comptent, par exemple `one of [MB2-714, MB2-713]`
        [area] indiquez les domaines parmi lesquels choisir, par exemple `all of any area [big-data]`

        [kind] indiquez les types de revenu qui comptent, par exemple `revenue [net-new] in ...`, ou écrivez `revenue of any kind in ...`
        [association] indiquez les types d'association dont une ligne doit porter l'un, par exemple `with one of [dpor, tpor]`, ou supprimez `with`
       *[product] indiquez les produits dont le revenu compte, par exemple `in [crm-online]`
    }

# $what : credential, product ou country.
validate-listed-twice = { $what ->
        [credential] `{ $name }` figure deux fois dans la liste
        [product] le produit `{ $name }` figure deux fois dans la liste
        [area] le domaine `{ $name }` figure deux fois dans la liste
        [requirement] l'exigence `{ $name }` figure deux fois dans la liste

        [kind] le type de revenu `{ $name }` figure deux fois dans la liste
        [association] le type d'association `{ $name }` figure deux fois dans la liste
       *[country] le pays `{ $name }` figure deux fois dans la liste
    }
    .label = de nouveau ici
    .first = première occurrence
    .help = supprimez la seconde occurrence de `{ $name }`

# $hint : zero (`0 of`) ou too-many (plus que les $len examens de la liste).
validate-impossible-clause = { $hint ->
        [of-them] `{ $need } of them` demande { $need } des { $len } personnes du bloc
       *[other] `{ $need } of` sur une liste de { $len ->
            [one] { $len } examen
           *[other] { $len } examens
        } ne peut jamais être satisfait
    }
    .label = en demande { $need }
    .help = { $hint ->
        [of-them] écrivez un nombre de 1 à { $len }, ou demandez plus de personnes
        [zero] demandez au moins 1 examen : `one of [...]`
       *[too-many] demandez au plus { $len } de ces examens, ou ajoutez des examens à la liste
    }

validate-missing-market-threshold = aucun montant pour le marché `{ $market }`
    .label = `{ $market }` n'a pas de montant
    .help = ajoutez `{ $market }: USD MONTANT` à cette liste, ou écrivez un seul montant pour tous les marchés (`at least USD MONTANT`)

validate-duplicate-market-threshold = le marché `{ $market }` reçoit deux montants
    .label = second montant
    .first = premier montant
    .help = gardez un seul montant par marché

# $what : title, summary, default ou individuals.
validate-duplicate-property = `{ $what }` est donné plusieurs fois
    .label = de nouveau ici
    .first = première fois ici
    .help = { $what ->
        [individuals] un niveau a un seul bloc `individuals`, où chaque personne occupe une place : mettez-y tous les groupes de places, et reliez par `and` ce qu'une même personne doit détenir ; des exigences qui peuvent partager des personnes ne font pas encore partie du langage
       *[other] gardez un seul `{ $what }`
    }

validate-several-default-markets = les marchés `{ $previous }` et `{ $name }` sont tous deux le marché par défaut
    .label = second marché par défaut
    .first = `{ $previous }` est marqué `default` ici
    .help = un pays qu'aucun marché ne liste tombe dans le marché par défaut : un seul marché peut donc être `default`

validate-country-in-two-markets = le pays `{ $country }` est dans deux marchés, `{ $previous }` et `{ $market }`
    .label = également listé ici
    .first = `{ $country }` est d'abord listé dans `{ $previous }` ici
    .help = un pays appartient à un seul marché : retirez-le de l'une des listes

validate-bad-country-code = `{ $code }` n'est pas un code pays ISO 3166-1 alpha-2
    .label = pas un code pays
    .help = écrivez les pays en deux lettres majuscules, comme `FR` ou `BR`

validate-empty-window = une période de 0 mois ne contient aucun revenu
    .label = période vide
    .help = utilisez `over ttm` (12 mois) ou `over N months` avec N au moins égal à 1

# $what : competency (sans option) ou option (sans niveau).
validate-empty-block = { $what ->
        [competency] la compétence `{ $name }` n'a aucune option
       *[option] l'option `{ $name }` n'a aucun niveau
    }
    .label = déclarée ici
    .help = { $what ->
        [competency] ajoutez un bloc `option ID {"{"} tier ID {"{"} ... {"}"} {"}"}` : une option est une façon d'obtenir la compétence
       *[option] ajoutez au moins un bloc `tier ID {"{"} ... {"}"}`, le niveau le plus bas d'abord
    }

# $hint : tagged (avec $lang) ou untagged.
validate-duplicate-language = { $hint ->
        [untagged] un texte sans langue est donné deux fois
       *[tagged] la langue `{ $lang }` est donnée deux fois
    }
    .label = de nouveau ici
    .first = première fois ici
    .help = donnez chaque langue une seule fois

validate-empty-tier = le niveau `{ $tier }` n'a aucune exigence : tout partenaire l'atteint
    .label = aucune exigence
    .help = ajoutez une exigence `revenue` ou `individuals`

# $hint : revenue ($amount, $lower-amount, $market) ou individuals ($count, $lower-count).
validate-tier-asks-less = le niveau `{ $higher }` demande moins que le niveau inférieur `{ $lower }` : { $hint ->
        [revenue] { $amount } au lieu de { $lower-amount } sur le marché `{ $market }`
        [count] { $amount } au lieu de { $lower-amount } (`{ $what }`) sur le marché `{ $market }`
       *[individuals] { $count ->
            [one] { $count } personne
           *[other] { $count } personnes
        } au lieu de { $lower-count }
    }
    .label = demande moins ici
    .lower = `{ $lower }` demande davantage ici
    .help = les niveaux sont listés du plus bas au plus haut : vérifiez les chiffres, ou l'ordre des niveaux ; s'ils sont tels que publiés, reconnaissez-le dans le niveau `{ $higher }` avec `allow tier-asks-less "RAISON"`

# $what : exam ou certification ; $course : le numéro donné.
validate-course-on-non-assessment = { $what ->
        [certification] la certification
       *[exam] l'examen
    } `{ $name }` reçoit un cours, mais seules les évaluations ont un cours Partner University
    .label = `course { $course }` sur { $what ->
        [certification] une certification
       *[exam] un examen
    }
    .help = supprimez `course { $course }`, ou déclarez `{ $name }` avec `assessment` s'il s'agit d'une évaluation en ligne

# `allow CODE` qui ne nomme aucun avertissement : $name ; $hint vaut
# `suggest` (avec $suggestion, un code d'avertissement) ou `list` (avec $warnings).
resolve-unknown-warning = `{ $name }` n'est pas un avertissement que rubric émet
    .label = pas un code d'avertissement
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
       *[list] `allow` prend la dernière partie du code d'un avertissement : { $warnings }
    }

# `allow CODE` qui nomme une erreur ($hint `error`) ou `unused-allow` ($hint
# `unused-allow`).
validate-not-a-warning = { $hint ->
        [unused-allow] `unused-allow` ne peut pas lui-même être accepté
       *[error] `{ $name }` est une erreur et ne peut pas être accepté
    }
    .label = { $hint ->
        [unused-allow] cet avertissement ne peut pas être accepté
       *[error] une erreur, pas un avertissement
    }
    .help = { $hint ->
        [unused-allow] supprimez plutôt le `allow` qui ne fait taire aucun avertissement
       *[error] corrigez plutôt la règle : seuls les avertissements peuvent être acceptés avec `allow`
    }

validate-empty-reason = `allow { $name }` doit donner une raison
    .label = aucune raison donnée
    .help = dites pourquoi les règles s'écartent de ce qu'attend rubric, par exemple "tel que publié le 2017-09-15 : l'or demande moins que l'argent"

# $what : competency, option ou tier, appelé $block.
validate-unused-allow = `allow { $name }` ne fait taire aucun avertissement { $what ->
        [competency] de la compétence
        [option] de l'option
       *[tier] du niveau
    } `{ $block }`
    .label = rien à accepter ici
    .help = supprimez-le : l'avertissement qu'il acceptait a disparu, ou désigne un endroit hors de ce bloc (un `allow` ne fait taire que les avertissements qui désignent un endroit de son bloc)

# `at least 2000` sur un $measure (revenue) : $amount n'a pas de devise ; $fix
# est le montant à écrire. $hint : write (avec $declared, les devises) ou declare.
validate-missing-currency = `{ $measure }` demande un montant dans une devise, `{ $amount }` n'en a pas
    .label = pas de devise
    .help = { $hint ->
        [write] écrivez `{ $fix }` (devises déclarées : { $declared })
       *[declare] déclarez une devise (`currency USD "dollar américain"`), puis écrivez `{ $fix }`
    }

## lane people: per-person conditions, focus areas, people requirements

validate-condition-too-large = cette condition a trop de combinaisons pour être planifiée exactement
    .label = plus de { $limit } combinaisons de qualifications, ou plus de { $credentials } qualifications
    .help = séparez les listes qui se recoupent, ou écrivez-la comme un `or` de conditions plus simples
resolve-unknown-area = domaine d'expertise `{ $name }` inconnu
    .label = { $hint ->
        [suggest] aucun domaine d'expertise n'est déclaré avec cet identifiant
       *[declare] pas un domaine d'expertise de cette compétence ou de cette option
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans la compétence ou l'option (`area { $name } "titre" [...]`), ou utilisez un domaine déclaré : { $declared }
       *[declare] déclarez-le dans la compétence ou l'option : `area { $name } "titre" [70-480, 70-486]`
    }
validate-unused-area = le domaine d'expertise `{ $name }` n'est jamais utilisé
    .label = aucune clause ne le nomme
    .help = utilisez-le dans une clause (`all of any area [{ $name }]`) ou supprimez-le
validate-each-with-groups = un bloc s'écrit avec `each:` ou avec des groupes de places, pas les deux
    .label = un groupe de places à côté de `each:`
    .form = écrit avec `each:` ici
    .help = écrivez tous les cas en groupes de places (`2 x … and …`), ou seulement `each:` et un `K of them:`
validate-several-of-them = { $hint ->
        [no-each] `K of them:` a besoin d'une ligne `each:`
       *[second] une seule ligne `K of them:` par bloc
    }
    .label = { $hint ->
        [no-each] parmi elles, mais aucun `each:` ne dit lesquelles
       *[second] un second `K of them:`
    }
    .first = le premier `K of them:`
    .help = { $hint ->
        [no-each] écrivez d'abord `each: …` : ce que détient chaque personne du bloc
       *[second] écrivez des groupes de places pour les autres cas (`2 x … and …`)
    }
resolve-unknown-people-requirement = aucune exigence de personnes de ce niveau ne s'appelle `{ $name }`
    .label = { $hint ->
        [suggest] pas une exigence de personnes de ce niveau
       *[declare] pas une exigence de personnes de ce niveau
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] partagez avec une exigence de personnes du même niveau : { $declared }
       *[declare] nommez l'autre exigence (`individuals { $name } 4 {"{"} … {"}"}`) dans le même niveau
    }
# $tier : le niveau ; $count : son nombre d'exigences de personnes.
validate-unnamed-people-requirements = un niveau qui a plusieurs exigences de personnes doit les nommer
    .label = sans nom, parmi { $count } exigences du niveau `{ $tier }`
    .help = écrivez `individuals exams 4 {"{"} … {"}"}` ; les personnes sont distinctes d'une exigence à l'autre, sauf si l'une `shares people with` l'autre
validate-share-with-self = `{ $name }` ne peut pas partager des personnes avec elle-même
    .label = son propre nom
    .help = une personne occupe toujours au plus une place d'une exigence : retirez `{ $name }` de la liste
# $a partage avec $c, mais $b ne partage avec aucune des deux.
validate-sharing-not-grouped = `{ $a }` partage des personnes avec `{ $c }`, mais `{ $b }` ne partage avec aucune des deux : rubric ne peut pas décider exactement un tel niveau
    .label = `{ $a }` et `{ $c }` partagent des personnes ici
    .other = `{ $b }` ne partage avec aucune des deux
    .help = faites partager `{ $b }` avec `{ $a }` et `{ $c }`, ou avec aucune des deux et `{ $a }` pas avec `{ $c }`

# lane measures : associations et statuts.
resolve-unknown-association = type d'association inconnu `{ $name }`
    .label = { $hint ->
        [suggest] aucun type d'association n'est déclaré avec cet identifiant
       *[declare] absent du catalogue des types d'association
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`association { $name } "titre"`), ou utilisez un type d'association déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `association { $name } "titre"`
    }
resolve-unknown-status = statut inconnu `{ $name }`
    .label = { $hint ->
        [suggest] aucun statut n'est déclaré avec cet identifiant
       *[declare] absent du catalogue des statuts
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-le dans le catalogue (`status { $name } "titre"`), ou utilisez un statut déclaré : { $declared }
       *[declare] déclarez-le dans le catalogue : `status { $name } "titre"`
    }
# $option place $higher au-dessus de $lower ; $first-option, écrite avant, en dessous.
validate-tier-order-conflict = l'option `{ $option }` place `{ $higher }` au-dessus de `{ $lower }`, l'option `{ $first-option }` en dessous
    .label = `{ $higher }` vient après `{ $lower }` ici
    .first = `{ $higher }` vient avant `{ $lower }` ici
    .help = donnez aux niveaux le même ordre dans toutes les options (le plus bas d'abord) : le résultat d'une compétence est le plus haut niveau atteint par une de ses options, elles doivent donc s'accorder sur le niveau le plus haut

validate-dominated-branch = la branche `{ $branch }` ne sert jamais : quiconque la remplit remplit `{ $other }`
    .label = jamais nécessaire
    .other = suffit à elle seule
    .help = supprimez-la, ou faites demander davantage à l'autre branche

# Une exigence de personnes pour personne : toujours remplie.
validate-individuals-zero = `individuals 0` ne demande personne : cette exigence est toujours remplie
    .label = aucune place à pourvoir
    .help = demandez au moins une personne (`individuals 1 {"{"} 1 x one of [...] {"}"}`), ou supprimez l'exigence

# Des règles sans compétence : rien à évaluer.
validate-no-competency = { $files ->
        [one] le fichier de règles ne déclare aucune compétence : il n'y a rien à évaluer
       *[other] les { $files } fichiers de règles ne déclarent aucune compétence : il n'y a rien à évaluer
    }
    .label = aucune compétence
    .help = ajoutez un bloc `competency ID {"{"} ... {"}"}`, ou vérifiez aussi les fichiers qui contiennent les compétences

## lane measures : consommation, comptes d'une mesure d'utilisation, nouveaux clients

resolve-unknown-metric = mesure inconnue `{ $name }`
    .label = { $hint ->
        [suggest] aucune mesure n'est déclarée avec cet identifiant
       *[declare] absente du catalogue des mesures
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [list] déclarez-la dans le catalogue (`metric { $name } "titre" latest`, ou `summed` pour un flux comme des appareils expédiés), ou utilisez une mesure déclarée : { $declared }
       *[declare] déclarez-la dans le catalogue : `metric { $name } "titre" latest` (ou `summed` pour un flux comme des appareils expédiés)
    }
validate-wrong-unit = `{ $measure }` se compte, sans prix : l'unité `{ $unit }` n'a pas lieu d'être ici
    .label = un compte n'a pas de devise
    .help = écrivez `{ $fix }`
validate-fractional-count = un compte de `{ $measure }` doit être un nombre entier, `{ $amount }` ne l'est pas
    .label = pas un nombre entier
    .help = écrivez un nombre entier : `{ $fix }`

# couloir creds : un montant avec plus de décimales que sa devise (issue 9).
validate-amount-precision = `{ $amount }` { $decimals ->
        [one] a 1 décimale
       *[other] a { $decimals } décimales
    }, mais { $currency } en a { $minor ->
        [0] aucune
       *[other] { $minor }
    }
    .label = plus de décimales que { $currency } n'en a
    .help = aucun paiement en { $currency } n'atteint exactement ce montant : vérifiez s'il contient une faute de frappe ; s'il est voulu, signalez-le dans le niveau avec `allow amount-precision "raison"`

# voie either : `either { … } or { … }` dans un niveau.
validate-nested-either = les alternatives ne peuvent pas être imbriquées : ce `either` est dans une branche d'un autre
    .label = un `either` dans une branche
    .help = écrivez chaque combinaison comme une branche du `either` extérieur
validate-single-branch = un `either` demande au moins deux branches
    .label = une seule branche
    .help = ajoutez `or {"{"} … {"}"}` avec l'autre façon d'atteindre le niveau, ou retirez `either` et gardez ses exigences dans le niveau
validate-empty-branch = cette branche n'a aucune exigence : elle est toujours remplie et le `either` ne demande rien
    .label = une branche vide
    .help = écrivez les exigences de la branche, ou retirez la branche
validate-several-either = un niveau a au plus un `either`
    .label = un second `either`
    .first = le premier `either` du niveau
    .help = écrivez un seul `either` dont les branches sont les combinaisons des deux

# lane scores
validate-score-weights-mismatch = les poids de ce score totalisent { $sum } points, mais il est sur { $total }
    .label = sur { $total }
    .weight = poids
    .help = faites que les poids totalisent { $total }, ou écrivez `of { $sum }`
validate-score-target-too-high = ce score demande { $target } points, plus que les { $total } sur lesquels il est compté
    .label = aucun partenaire ne peut l'atteindre
    .help = demandez au plus { $total } points, ou augmentez les poids
validate-score-zero-threshold = `{ $measure }` rapporte tous ses points à 0 : tout partenaire les a
    .label = seuil de 0
    .help = donnez le chiffre qui rapporte tous les points, au moins 1
validate-score-minimum-above-threshold = le minimum { $minimum } dépasse le seuil { $threshold } qui rapporte tous les points
    .label = minimum au-dessus du seuil
    .threshold = tous les points ici
    .help = ramenez le minimum à { $threshold } au plus, ou relevez le seuil
validate-score-without-metrics = ce score n'a aucun indicateur
    .label = score vide
    .help = ajoutez une ligne comme `15 points for new customers in [PRODUIT] at least 10`
