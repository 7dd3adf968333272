## syntax messages (fr)

# $case : expected (avec $expected, $short), unexpected, unterminated.
# $kind : ce qui a été trouvé : eof, char ou token (alors $found).
# $hint : l'aide à donner (suggest : $suggestion).
syntax-unexpected = { $case ->
        [unterminated] texte non terminé : le `"` fermant manque
        [unexpected] élément inattendu : { $kind ->
            [eof] la fin du fichier
            [char] le caractère { $found }
           *[token] `{ $found }`
        }
       *[expected] on attendait { $expected }, mais on trouve { $kind ->
            [eof] la fin du fichier
            [char] le caractère { $found }
           *[token] `{ $found }`
        }
    }
    .label = { $case ->
        [unterminated] ce texte n'est jamais fermé
        [unexpected] pas attendu ici
       *[expected] on attendait { $short }
    }
    .help = { $hint ->
        [suggest] vouliez-vous dire `{ $suggestion }` ?
        [cred-digits] un identifiant de qualification n'est jamais fait que de chiffres : écrivez-le tel qu'il est publié, par exemple `70-480` ou `MB2-714`
        [item] un fichier contient des éléments de premier niveau : `exam`, `assessment`, `certification`, `product`, `kind`, `currency`, `market`, `association`, `status`, `metric` et `competency`
        [tier] un niveau contient `title`, `allow` et des exigences : `revenue`, `consumption`, `count MESURE` (postes, droits, appareils), `new customers`, `status` et `individuals` ; pour des postes, écrivez `count seats in [...] at least N`
        [option] une option contient `title`, `summary`, `allow` et des blocs `tier`
        [competency] une compétence contient `title`, `summary`, `allow` et des blocs `option`
        [slots] chaque ligne d'un bloc `individuals` s'écrit `NOMBRE x one of [QUALIFICATION, ...]` (ou `all of`, `2 of`), éventuellement suivi de `and one of [...]`
        [eof] le fichier s'arrête trop tôt : manque-t-il un `{"}"}` ou un `]` fermant ?
        [text] un texte s'écrit entre guillemets droits, ou par langue sous la forme `{"{"} en: "...", fr: "..." {"}"}`
        [unterminated] fermez le texte par `"` sur la même ligne ; un texte ne peut pas s'étendre sur plusieurs lignes (écrivez `\n` pour un saut de ligne)
       *[none] {""}
    }

# Ce qu'attend l'analyseur, en expressions réunies dans $expected.
syntax-word-eof = la fin du fichier
syntax-word-months = un nombre de mois
syntax-word-slot-group = un groupe de places (`1 x one of [...]`)
syntax-word-clause = une clause (`one of [...]`, `all of [...]`, `2 of [...]`)
syntax-word-id-list = une liste entre crochets (`[a, b]`)
syntax-word-market-amounts = des montants par marché (`{"{"} developed: USD 100_000 {"}"}`)
syntax-word-market-amount = le montant d'un marché (`developed: USD 100_000`)
syntax-word-money = un montant avec sa devise (`USD 100_000`)
syntax-word-text = un texte (`"..."` ou `{"{"} en: "..." {"}"}`)
syntax-word-localized = des textes par langue (`{"{"} en: "...", fr: "..." {"}"}`)
syntax-word-lang-text = une langue et son texte (`en: "..."`)
syntax-word-string = un texte entre guillemets droits
syntax-word-ident = un nom
syntax-word-cred-id = un identifiant de qualification (`70-480`)
syntax-word-cred-list = une liste de qualifications (`[70-480, MB2-714]`)
syntax-word-count = un nombre entier
syntax-word-amount = un montant
syntax-word-date = une date (AAAA-MM-JJ)
# Termine une liste abrégée : « `summary`, `tier` ou … ».
syntax-word-more = …

syntax-number-too-large = le nombre `{ $text }` est trop grand
    .label = trop grand
    .help = les effectifs et les nombres de mois ne peuvent pas dépasser 4294967295

syntax-amount-out-of-range = le montant `{ $text }` est hors limites
    .label = ne peut pas être représenté exactement
    .help = un montant a au plus 28 chiffres significatifs

syntax-bad-date = `{ $text }` n'est pas une date du calendrier
    .label = cette date n'existe pas
    .help = écrivez les dates sous la forme AAAA-MM-JJ, avec un mois de 01 à 12 et un jour qui existe dans ce mois

syntax-too-many-errors = trop d'erreurs de syntaxe : arrêt après { $limit }
    .label = la suite du fichier n'est pas vérifiée
    .help = corrigez les erreurs ci-dessus et relancez ; s'agit-il bien d'un fichier de règles ?

syntax-not-utf8 = `{ $name }` n'est pas de l'UTF-8 valide
    .label = octet invalide ici
    .help = un fichier de règles doit être un texte UTF-8 : réenregistrez-le en UTF-8

# $found : la qualification (ou `[liste]`) écrite là où une clause est
# attendue ; $fix : la clause à écrire à la place.
syntax-credential-expected = on attendait `one of`, `all of` ou `K of` avant `{ $found }`
    .label = une qualification seule n'est pas une clause
    .help = une place demande `one of [...]`, `all of [...]` ou `K of [...]` : écrivez `{ $fix }`

## lane people: per-person conditions

syntax-mixed-and-or = `and` et `or` mélangés sans parenthèses
    .label = ce `{ $found }` suit un `{ $first_op }` au même niveau
    .first = le premier `{ $first_op }`
    .help = écrivez `(A and B) or C` ou `A and (B or C)` : rubric ne devine pas lequel vous voulez dire

# mesures (lane measures) : types de revenu, associations, statuts.
syntax-word-kinds = un type de revenu, une liste de types (`[net-new, gross-license]`) ou `of any kind`
