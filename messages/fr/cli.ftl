## cli messages (fr)

# La dernière ligne de `rubric check` quand les règles sont valides.
# $credentials : `exams` si toutes les qualifications sont des examens, sinon
# `credentials`.
cli-check-ok = ok : { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $competencies ->
        [one] { $competencies } compétence
       *[other] { $competencies } compétences
    }, { $options ->
        [one] { $options } option
       *[other] { $options } options
    }, { $credentials ->
        [credentials] { $exams ->
            [one] { $exams } qualification
           *[other] { $exams } qualifications
        }
       *[exams] { $exams ->
            [one] { $exams } examen
           *[other] { $exams } examens
        }
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    }{ $allowed ->
        [0] {""}
        [one] , { $allowed } avertissement accepté
       *[other] , { $allowed } avertissements acceptés
    }

# La dernière ligne de `rubric check` quand les règles ont des erreurs.
cli-check-failed = erreur : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    }{ $allowed ->
        [0] {""}
        [one] , { $allowed } avertissement accepté
       *[other] , { $allowed } avertissements acceptés
    }

# The last lines of `rubric eval` on many partners (standard error).
cli-eval-summary = { $partners ->
        [one] { $partners } partenaire
       *[other] { $partners } partenaires
    } en { $seconds } s ({ $rate }/s) : { $evaluated } évalués, { $failed } en échec
# A partner that reached no tier of an option, in the summary.
cli-eval-no-tier = aucun niveau
# Partners past the first 20 whose diagnostics were only counted.
cli-eval-hidden = diagnostics { $n ->
        [one] d'{ $n } autre partenaire non affichés
       *[other] de { $n } autres partenaires non affichés
    } (les erreurs figurent dans les enregistrements JSON avec `--format json`)

# `rubric forecast` (sortie standard).
cli-forecast-head = du { $as_of } au { $until } : { $n ->
        [0] aucun changement de niveau si rien de nouveau n'arrive
        [one] { $n } changement si rien de nouveau n'arrive
       *[other] { $n } changements si rien de nouveau n'arrive
    }
cli-forecast-loss = { $date } { $option } : { $from } → { $to } ({ $failing } n'est plus rempli)
cli-forecast-change = { $date } { $option } : { $from } → { $to }
cli-forecast-keep = pour garder { $tier } :
cli-forecast-at-risk = au { $as_of } : { $n ->
        [0] aucun départ isolé ne ferait perdre de niveau
        [one] { $n } point de défaillance unique
       *[other] { $n } points de défaillance uniques
    }
cli-forecast-risk = sans { $person }, { $option } passe de { $tier } à { $without }

# lane batch : diagnostics d'un même type plafonnés par fichier (`--max-diagnostics`).
cli-omitted = … et { $n } { $severity ->
        [error] { $n ->
            [one] autre erreur
           *[other] autres erreurs
        }
        [warning] { $n ->
            [one] autre avertissement
           *[other] autres avertissements
        }
       *[note] { $n ->
            [one] autre note
           *[other] autres notes
        }
    } `{ $code }`
    .label = omis
    .help = `--max-diagnostics N` montre N diagnostics de chaque type par fichier ; corrigez les premiers, ou voyez-les tous avec `--max-diagnostics 0`
