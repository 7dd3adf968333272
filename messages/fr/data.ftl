## data messages (fr) : fichiers de données partenaire (`rubric::data::*`)

# Mots partagés par les messages ci-dessous (`data-word-*`) : un message
# référencé voit les variables du message qui le référence.

data-word-object = { $object ->
        [line] ligne de chiffre d'affaires
        [consumption] ligne de consommation
        [usage] relevé d'utilisation
        [individual] personne
        [pass] réussite d'examen
        [assessment-pass] réussite d'évaluation
        [held-certification] certification
        [status] statut
       *[partner] partenaire
    }

data-word-where = { $object ->
        [partner] le partenaire
       *[other] `{ $path }`
    }

data-word-expected = { $field ->
        [country] un code pays à deux lettres
        [as_of] une date `AAAA-MM-JJ`
        [date] une date `AAAA-MM-JJ`
        [passed] une date `AAAA-MM-JJ`
        [amount] un montant décimal (chaîne ou nombre)
        [dpor] `true` ou `false`
        [revenue] une liste de lignes de chiffre d'affaires
        [consumption] une liste de lignes de consommation
        [usage] une liste de relevés d'utilisation
        [quantity] un nombre entier
        [paid] `true` ou `false`
        [individuals] une liste de personnes
        [exams] une liste de réussites d'examen
        [assessments] une liste de réussites d'évaluation
        [certifications] une liste de certifications
        [earned] une date `AAAA-MM-JJ`
        [expires] une date `AAAA-MM-JJ`
        [kinds] une liste d'identifiants de types de revenu
        [association] un identifiant de type d'association
        [associations] une liste d'identifiants de types d'association
        [statuses] une liste de statuts
        [from] une date `AAAA-MM-JJ`
        [until] une date `AAAA-MM-JJ`
        [status] un identifiant de statut ou un objet statut
        [partner] un objet partenaire
        [line] un objet ligne de chiffre d'affaires
        [individual] un objet personne
        [pass] un objet réussite d'examen
        [assessment-pass] un objet réussite d'évaluation
        [held-certification] un objet certification
       *[other] une chaîne
    }

data-word-found = { $found ->
        [number] un nombre
        [boolean] un booléen
        [null] null
        [list] une liste
        [object] un objet
        [alias] un alias
       *[string] une chaîne
    }

data-word-how = { $field ->
        [id] un identifiant entre guillemets, par exemple `"contoso"`
        [name] un nom d'affichage entre guillemets
        [country] le code ISO 3166-1 alpha-2 du pays du partenaire, par exemple `"FR"`
        [as_of] la date d'évaluation, au format `"AAAA-MM-JJ"`
        [revenue] une liste d'objets ligne de chiffre d'affaires
        [consumption] une liste d'objets ligne de consommation
        [usage] une liste d'objets relevé d'utilisation
        [metric] l'identifiant d'une mesure des règles, par exemple `"seats"`
        [quantity] le nombre entier d'unités, par exemple `1200`
        [paid] `true` pour des unités payées, `false` pour un essai ou des unités gratuites (qui ne comptent jamais)
        [individuals] une liste d'objets personne
        [customer] l'identifiant du client, entre guillemets
        [product] l'identifiant d'un produit des règles, par exemple `"crm-online"`
        [kind] l'identifiant d'un type de chiffre d'affaires des règles, par exemple `"net-new"`
        [amount] le montant sous forme de chaîne décimale, par exemple `"60000.00"`
        [currency] le code de la devise, par exemple `"USD"`
        [date] le jour de la vente, au format `"AAAA-MM-JJ"`
        [dpor] `true` si le partenaire est Digital Partner of Record pour ce client, sinon `false`
        [exams] une liste d'objets réussite d'examen
        [exam] l'identifiant de l'examen, par exemple `"MB2-714"`
        [passed] le jour de la réussite, au format `"AAAA-MM-JJ"`
        [assessments] une liste d'objets réussite d'évaluation
        [assessment] l'identifiant de l'évaluation, par exemple `"ta-cloud-platform"`
        [certifications] une liste d'objets certification
        [certification] l'identifiant de la certification, par exemple `"MCSA-Office-365"`
        [earned] le jour où la certification a été obtenue, au format `"AAAA-MM-JJ"`
        [expires] le dernier jour de validité de la certification, au format `"AAAA-MM-JJ"`
        [kinds] les identifiants des types de revenu de la ligne, par exemple `["net-new"]`
        [association] un identifiant de type d'association des règles, par exemple `"tpor"`
        [associations] les identifiants des types d'association de la ligne, par exemple `["dpor", "tpor"]`
        [statuses] une liste des statuts du partenaire, par exemple `["surface-hub-adr"]`
        [status] l'identifiant du statut dans les règles, par exemple `"surface-hub-adr"`
        [from] le premier jour où le statut vaut, au format `"AAAA-MM-JJ"`
        [until] le dernier jour où le statut vaut, au format `"AAAA-MM-JJ"`
       *[other] une valeur
    }

data-word-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }

data-syntax = { $format } invalide : { $problem ->
        [comma] `,` attendue entre deux champs ou deux éléments
        [colon] `:` attendu après le nom du champ
        [value] valeur attendue
        [key] nom de champ entre guillemets attendu
        [trailing] caractères en trop après le partenaire
        [eof-list] le fichier se termine au milieu d'une liste
        [eof-object] le fichier se termine au milieu d'un objet
        [string] chaîne invalide
        [comment] les commentaires ne sont pas permis
        [trailing-comma] virgule avant un crochet fermant
        [number] nombre invalide
        [documents] le fichier contient plus d'un document
        [yaml] { $detail }
       *[unexpected] caractère inattendu
    }
    .label = { $problem ->
        [eof-list] le fichier se termine avant sa fermeture
        [eof-object] le fichier se termine avant sa fermeture
        [documents] un second document commence ici
        [comma] `,` attendue ici
       *[other] ici
    }
    .help = { $problem ->
        [comma] séparez par des virgules les champs d'un objet et les éléments d'une liste
        [colon] écrivez chaque champ sous la forme `"nom": valeur`
        [value] donnez une valeur au champ, par exemple une chaîne entre guillemets
        [key] les noms de champ sont des chaînes entre guillemets, par exemple `"id"`
        [trailing] un fichier partenaire contient un seul objet JSON : supprimez ce qui le suit
        [eof-list] le fichier se termine trop tôt : fermez chaque chaîne, chaque `{"{"}` et chaque `[`
        [eof-object] le fichier se termine trop tôt : fermez chaque chaîne, chaque `{"{"}` et chaque `[`
        [string] fermez chaque chaîne par `"`, et échappez-y `"` et `\` par `\`
        [comment] JSON n'a pas de commentaires : supprimez-les
        [trailing-comma] supprimez la virgule après le dernier champ ou élément
        [number] écrivez les nombres en chiffres, avec un point décimal et un exposant facultatifs, par exemple `60000.00`
        [documents] un fichier partenaire contient un seul document YAML : supprimez les séparateurs `---` après le premier
        [yaml] vérifiez l'indentation et la syntaxe `clé: valeur` à cet endroit ; mettez entre guillemets les valeurs qui contiennent `: ` ou ` #`, ou qui commencent par un caractère spécial
       *[other] vérifiez la syntaxe à cet endroit
    }

data-too-deep = le { $format } est imbriqué trop profondément
    .label = trop profond ici
    .help = les données partenaire n'ont que quelques niveaux (partenaire, ligne de chiffre d'affaires ou personne, réussite d'examen) : cherchez des crochets mal fermés ou en trop

data-not-utf8 = le fichier partenaire n'est pas en UTF-8 valide
    .label = l'octet `{ $byte }` n'est pas de l'UTF-8 valide
    .help = enregistrez le fichier en UTF-8 (les octets invalides sont affichés ici comme `�`)

data-empty = le fichier partenaire est vide
    .label = rien ici
    .help = un fichier partenaire contient un objet avec au moins `id` et `country`, par exemple `{"{"}"id": "contoso", "country": "FR"{"}"}`

data-missing-field = { $n ->
        [one] champ { $fields } manquant
       *[other] champs { $fields } manquants
    } dans { data-word-where }
    .label = { $n ->
        [one] { $object ->
            [line] cette ligne de chiffre d'affaires n'a pas de `{ $field }`
            [consumption] cette ligne de consommation n'a pas de `{ $field }`
            [usage] ce relevé d'utilisation n'a pas de `{ $field }`
            [individual] cette personne n'a pas de `{ $field }`
            [pass] cette réussite d'examen n'a pas de `{ $field }`
            [assessment-pass] cette réussite d'évaluation n'a pas de `{ $field }`
            [held-certification] cette certification n'a pas de `{ $field }`
           *[partner] ce partenaire n'a pas de `{ $field }`
        }
       *[other] { $object ->
            [line] il manque ces champs à cette ligne de chiffre d'affaires
            [consumption] il manque ces champs à cette ligne de consommation
            [usage] il manque ces champs à ce relevé d'utilisation
            [individual] il manque ces champs à cette personne
            [pass] il manque ces champs à cette réussite d'examen
            [assessment-pass] il manque ces champs à cette réussite d'évaluation
            [held-certification] il manque ces champs à cette certification
           *[partner] il manque ces champs à ce partenaire
        }
    }
    .help = { $n ->
        [one] ajoutez `{ $field }` : { data-word-how }
       *[other] ajoutez-les : { $object ->
            [line] une ligne de chiffre d'affaires
            [consumption] d'une ligne de consommation
            [usage] un relevé d'utilisation
            [individual] une personne
            [pass] une réussite d'examen
            [assessment-pass] une réussite d'évaluation
            [held-certification] une certification
           *[partner] un partenaire
        } doit avoir { $fields }
    }

data-wrong-type = { data-word-expected } attendu { $field ->
        [partner] au premier niveau
       *[other] pour `{ $path }`
    }, trouvé { data-word-found }
    .label = { data-word-found }
    .help = { $field ->
        [partner] un fichier partenaire contient un objet, par exemple `{"{"}"id": "contoso", "country": "FR"{"}"}`
        [line] écrivez chaque ligne de chiffre d'affaires sous forme d'objet
        [consumption] écrivez chaque ligne de consommation sous forme d'objet
        [usage] écrivez chaque relevé d'utilisation sous forme d'objet
        [paid] écrivez `paid` sous la forme `true` ou `false`, sans guillemets
        [individual] écrivez chaque personne sous forme d'objet
        [pass] écrivez chaque réussite d'examen sous forme d'objet
        [assessment-pass] écrivez chaque réussite d'évaluation sous forme d'objet
        [held-certification] écrivez chaque certification sous forme d'objet
        [dpor] écrivez `dpor` sous la forme `true` ou `false`, sans guillemets
       *[other] `{ $field }` contient { data-word-how }{ $quote ->
            [yes] {""} ; mettez la valeur entre guillemets
           *[no] {""}
        }
    }

data-duplicate-field = le champ `{ $field }` apparaît deux fois dans { data-word-where }
    .label = donné à nouveau ici
    .help = gardez un seul `{ $field }` et supprimez l'autre

data-unknown-country = code pays inconnu `{ $code }`
    .label = pas un code ISO 3166-1 alpha-2
    .help = { $hint ->
        [suggest] le code ISO 3166-1 de ce pays est `{ $suggestion }`
       *[none] utilisez le code ISO 3166-1 alpha-2 à deux lettres du pays du partenaire, par exemple `FR`, `US` ou `IN`
    }

data-no-market = le pays `{ $code }` n'appartient à aucun marché
    .label = aucun marché des règles ne liste `{ $code }`
    .help = les règles n'ont pas de marché par défaut : ajoutez `{ $code }` à l'un de leurs marchés ({ $markets }), ou déclarez un marché par défaut

data-bad-date = date invalide `{ $text }` pour `{ $path }`
    .label = { $reason ->
        [month] il n'y a pas de mois { $month }
        [day0] il n'y a pas de jour 0
        [days] { data-word-month } { $year } compte { $days } jours
       *[shape] format `AAAA-MM-JJ` attendu
    }
    .help = écrivez les dates au format `AAAA-MM-JJ`, par exemple `2017-07-01`

data-bad-amount = le montant `{ $text }` n'est pas un nombre
    .label = pas un nombre décimal
    .help = écrivez le montant en chiffres avec un point décimal facultatif, par exemple `"60000.00"` : sans espaces, symbole monétaire ni séparateur de milliers

data-amount-out-of-range = le montant `{ $text }` est hors limites
    .label = trop grand ou trop précis
    .help = les montants sont calculés exactement : ils doivent être inférieurs à 79228162514264337593543950336 et avoir au plus 28 chiffres après la virgule

data-duplicate-individual = la personne `{ $id }` est listée { $n ->
        [2] deux fois
       *[other] { $n } fois
    }
    .label = listée à nouveau ici
    .first = listée une première fois ici
    .help = donnez à chaque personne un `id` unique, ou fusionnez les deux entrées et leurs examens

data-unknown-product = { $others ->
        [0] le produit `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lignes
        }
       *[other] le produit `{ $id }` et { $others } autres produits ne sont pas dans les règles — { $n } lignes
    }
    .label = { $n ->
        [one] produit inconnu
       *[other] première de { $n } lignes
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, { $n ->
            [one] cette ligne ne compte
           *[other] ces lignes ne comptent
        } pour aucune exigence
       *[none] { $n ->
            [one] cette ligne ne compte
           *[other] ces lignes ne comptent
        } pour aucune exigence ; produits connus : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

data-unknown-kind = { $others ->
        [0] le type de chiffre d'affaires `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lignes
        }
       *[other] le type de chiffre d'affaires `{ $id }` et { $others } autres types ne sont pas dans les règles — { $n } lignes
    }
    .label = { $n ->
        [one] type de chiffre d'affaires inconnu
       *[other] première de { $n } lignes
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, { $n ->
            [one] cette ligne ne compte
           *[other] ces lignes ne comptent
        } pour aucune exigence
       *[none] { $n ->
            [one] cette ligne ne compte
           *[other] ces lignes ne comptent
        } pour aucune exigence ; types connus : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

data-unknown-currency = { $others ->
        [0] la devise `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lignes
        }
       *[other] la devise `{ $id }` et { $others } autres devises ne sont pas dans les règles — { $n } lignes
    }
    .label = { $n ->
        [one] devise inconnue
       *[other] première de { $n } lignes
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, un seuil qui compterait { $n ->
            [one] cette ligne
           *[other] ces lignes
        } signale une devise incohérente
       *[none] un seuil qui compterait { $n ->
            [one] cette ligne
           *[other] ces lignes
        } signale une devise incohérente ; devises connues : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

data-unknown-exam = { $others ->
        [0] l'examen `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } réussites
        }
       *[other] l'examen `{ $id }` et { $others } autres examens ne sont pas dans les règles — { $n } réussites
    }
    .label = { $n ->
        [one] examen inconnu
       *[other] première de { $n } réussites
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, { $n ->
            [one] cette réussite est ignorée
           *[other] ces réussites sont ignorées
        } : aucune exigence ne demande cet examen
       *[none] { $n ->
            [one] cette réussite est ignorée
           *[other] ces réussites sont ignorées
        } : aucune exigence ne demande { $others ->
            [0] cet examen
           *[other] ces examens
        } ; examens connus : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

# A partner of a batch that could not be read (`rubric eval` on many partners).
data-unreadable = impossible de lire `{ $name }` : { $reason }
    .label = illisible
    .help = vérifiez que le fichier existe et peut être lu ; les autres partenaires de l'exécution sont évalués

# lane measures : données partenaire v2 (types, associations, statuts).
data-missing-kind = la ligne de chiffre d'affaires `{ $path }` n'a pas de type
    .label = ni `kind` ni `kinds` ici
    .help = ajoutez `"kind": "net-new"`, ou `"kinds": [...]` pour une ligne de plusieurs types

data-contradictory-association = la ligne de chiffre d'affaires `{ $path }` cite `dpor` parmi ses associations mais indique `"dpor": false`
    .label = `dpor` cité ici
    .dpor = `dpor` vaut false ici
    .help = supprimez `"dpor": false`, ou retirez `dpor` de `associations`

data-until-before-from = le statut `{ $path }` finit avant de commencer
    .label = `until` est antérieur à `from`
    .help = échangez les deux dates, ou corrigez celle qui est fausse

data-unknown-association = { $others ->
        [0] le type d'association `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } lignes
        }
       *[other] le type d'association `{ $id }` et { $others } autres types ne sont pas dans les règles — { $n } lignes
    }
    .label = { $n ->
        [one] type d'association inconnu
       *[other] première de { $n } lignes
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, il ne compte pour aucune exigence
       *[none] tel quel, il ne compte pour aucune exigence ; types d'association connus : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

data-unknown-status = { $others ->
        [0] le statut `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entrées
        }
       *[other] le statut `{ $id }` et { $others } autres statuts ne sont pas dans les règles — { $n } entrées
    }
    .label = { $n ->
        [one] statut inconnu
       *[other] première de { $n } entrées
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, il ne compte pour aucune exigence
       *[none] tel quel, il ne compte pour aucune exigence ; statuts connus : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

# lane measures : lignes de consommation et relevés d'utilisation (données v2).
data-unknown-metric = { $others ->
        [0] la mesure `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } relevés
        }
       *[other] la mesure `{ $id }` et { $others } autres mesures ne sont pas dans les règles — { $n } relevés
    }
    .label = { $n ->
        [one] mesure inconnue
       *[other] premier de { $n } relevés
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, le relevé ne compte pour aucune exigence
       *[none] tel quel, le relevé ne compte pour aucune exigence ; mesures connues : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

# couloir creds : justificatifs des personnes (données v2), champs inconnus.
data-unknown-assessment = { $others ->
        [0] l'évaluation `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } réussites
        }
       *[other] l'évaluation `{ $id }` et { $others } autres évaluations ne sont pas dans les règles — { $n } réussites
    }
    .label = { $n ->
        [one] évaluation inconnue
       *[other] première de { $n } réussites
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, { $n ->
            [one] cette réussite est ignorée
           *[other] ces réussites sont ignorées
        } : aucune exigence ne demande cette évaluation
       *[none] { $n ->
            [one] cette réussite est ignorée
           *[other] ces réussites sont ignorées
        } : aucune exigence ne demande { $others ->
            [0] cette évaluation
           *[other] ces évaluations
        } ; évaluations connues : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

data-fractional-quantity = `{ $path }` vaut `{ $text }`, qui n'est pas un nombre entier
    .label = pas un nombre entier
    .help = un relevé d'utilisation compte des unités entières (postes, droits, appareils) : écrivez un nombre entier, par exemple `1200`

data-negative-quantity = `{ $path }` vaut `{ $text }`, une quantité négative
    .label = négative
    .help = les quantités sont positives ou nulles : corrigez le signe, ou retirez le relevé

data-duplicate-snapshot = les relevés d'utilisation `{ $first }` et `{ $path }` comptent { $same ->
        [yes] deux fois pareil
       *[no] différemment
    } le même client, le même produit, la même mesure et le même jour
    .label = { $same ->
        [yes] le même relevé, à nouveau
       *[no] un autre compte pour le même jour
    }
    .first = le premier ici
    .help = { $same ->
        [yes] cette mesure compte le dernier relevé de chaque client et produit : la copie compte une fois, supprimez-la
       *[no] cette mesure compte le dernier relevé de chaque client et produit, et deux relevés d'un même jour la rendent ambiguë : gardez le bon
    }

data-unknown-certification = { $others ->
        [0] la certification `{ $id }` n'est pas dans les règles{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entrées
        }
       *[other] la certification `{ $id }` et { $others } autres certifications ne sont pas dans les règles — { $n } entrées
    }
    .label = { $n ->
        [one] certification inconnue
       *[other] première de { $n } entrées
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? telle quelle, { $n ->
            [one] cette entrée est ignorée
           *[other] ces entrées sont ignorées
        } : aucune exigence ne demande cette certification
       *[none] { $n ->
            [one] cette entrée est ignorée
           *[other] ces entrées sont ignorées
        } : aucune exigence ne demande { $others ->
            [0] cette certification
           *[other] ces certifications
        } ; certifications connues : { $known }{ $more ->
            [0] {""}
           *[other] {" "}et { $more } autres
        }
    }

# $listed : la liste où il figure ; $belongs : la liste de son type dans les règles.
data-wrong-credential-kind = { $others ->
        [0] `{ $id }` figure dans `{ $listed }` mais les règles le déclarent comme { $belongs ->
            [exams] examen
            [assessments] évaluation
           *[certifications] certification
        }{ $n ->
            [one] {""}
           *[other] {" "}— { $n } entrées
        }
       *[other] `{ $id }` et { $others } autres justificatifs figurent dans `{ $listed }` mais les règles les déclarent d'un autre type — { $n } entrées
    }
    .label = { $n ->
        [one] dans `{ $listed }`
       *[other] première de { $n } entrées
    }
    .help = { $others ->
        [0] il compte comme ce que les règles déclarent ; déplacez-le dans `{ $belongs }` de la personne{ $belongs ->
            [exams] , sous la forme `{"{"}"exam": "{ $id }", "passed": …{"}"}`
            [assessments] , sous la forme `{"{"}"assessment": "{ $id }", "passed": …{"}"}`
           *[certifications] , sous la forme `{"{"}"certification": "{ $id }", "earned": …{"}"}`
        }
       *[other] ils comptent comme ce que les règles déclarent ; déplacez chacun dans `exams`, `assessments` ou `certifications` de la personne, selon son type dans les règles
    }

data-expires-before-earned = la certification `{ $path }` expire avant d'être obtenue
    .label = `expires` { $expires } est avant `earned` { $earned }
    .help = échangez les deux dates, ou corrigez celle qui est fausse

# $object : le type d'objet ; $known : ses champs.
data-unknown-field = { $n ->
        [one] champ inconnu `{ $field }` dans { data-word-where }
       *[other] champ inconnu `{ $field }` dans { $n } objets comme { data-word-where }
    }
    .label = pas un champ { $object ->
        [partner] d'un partenaire
        [line] d'une ligne de chiffre d'affaires
        [consumption] d'une ligne de consommation
        [usage] d'un relevé d'usage
        [individual] d'une personne
        [pass] d'une réussite d'examen
        [assessment-pass] d'une réussite d'évaluation
        [held-certification] d'une certification
       *[status] d'un statut
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ? tel quel, le champ est ignoré
       *[none] le champ est ignoré ; champs connus : { $known }
    }

# lane batch : exports CSV (une ligne par enregistrement, jointes par `partner_id`).
data-csv-column = l'en-tête CSV n'a pas de colonne `{ $column }`
    .label = l'en-tête
    .help = un export CSV commence par un en-tête qui nomme ses colonnes : `record` (ce qu'est chaque ligne), `partner_id` (à qui elle appartient), puis les champs des enregistrements, nommés comme en JSON
data-csv-cells = cette ligne a { $n } cellules alors que l'en-tête en a { $columns }
    .label = cette ligne
    .help = donnez à chaque ligne une cellule par colonne (une cellule vide est un champ absent) ; mettez entre guillemets une cellule qui contient une virgule : `"a, b"`
data-csv-record = enregistrement `{ $kind }` inconnu
    .label = pas un type de ligne
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
       *[none] la colonne `record` vaut `partner`, `revenue`, `consumption`, `usage`, `status`, `individual`, `exam`, `assessment` ou `certification`
    }
data-csv-partners = { $hint ->
        [scattered] les lignes du partenaire `{ $id }` ne sont pas groupées
       *[several] des lignes du partenaire `{ $id }` dans un fichier lu comme le partenaire `{ $first }`
    }
    .label = { $hint ->
        [scattered] d'autres lignes de `{ $id }` ici
       *[several] un autre partenaire
    }
    .help = { $hint ->
        [scattered] ses premières lignes commencent à la ligne { $line } : triez l'export par `partner_id`, pour que les lignes de chaque partenaire se suivent (les partenaires sont lus un par un)
       *[several] évaluez l'export comme un lot, `rubric eval export.csv`, qui lit un partenaire à la fois
    }
data-csv-no-rows = l'export CSV a un en-tête et aucune ligne
    .label = aucune ligne après ceci
    .help = ajoutez une ligne `partner` (avec `partner_id` et `country`), puis les lignes de ses enregistrements
