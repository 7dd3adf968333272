## fmt messages (en): what `rubric fmt` says about the files it formats.

fmt-cannot-read = cannot read `{ $path }`: { $error }
fmt-cannot-write = error: cannot write `{ $path }`: { $error }
# The safety net: the rules compiled before and after formatting differ.
fmt-meaning-changed = error: formatting would change the meaning of the rules; nothing was written (this is a bug in rubric fmt, please report it)
fmt-formatted = formatted { $path }
fmt-would-reformat = would reformat { $path }
# The header of the new side of a `--check` diff.
fmt-diff-formatted = { $path } (formatted)
