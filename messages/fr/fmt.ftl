## fmt messages (fr) : ce que `rubric fmt` dit des fichiers qu'il met en forme.

fmt-cannot-read = impossible de lire `{ $path }` : { $error }
fmt-cannot-write = erreur : impossible d'écrire `{ $path }` : { $error }
# Le garde-fou : les règles compilées avant et après la mise en forme diffèrent.
fmt-meaning-changed = erreur : la mise en forme changerait le sens des règles ; rien n'a été écrit (c'est un bogue de rubric fmt, merci de le signaler)
fmt-formatted = { $path } mis en forme
fmt-would-reformat = { $path } serait mis en forme
fmt-diff-formatted = { $path } (mis en forme)
