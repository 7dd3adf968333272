//! Reading rules from the paths given on the command line.

use std::path::{Path, PathBuf};

use rubric::{diag, Diagnostic, Program, Sources};

use super::{exit, usage_error, Env};

/// Rules read from disk: the sources and any file that was not UTF-8.
pub struct Loaded {
    pub sources: Sources,
    pub errors: Vec<Diagnostic>,
}

/// Reads the rules files at `paths`, or the built-in ones when there is none.
/// An unreadable path is a usage error, returned as its message.
pub fn rules(paths: &[PathBuf]) -> Result<Loaded, String> {
    if paths.is_empty() {
        return Ok(Loaded {
            sources: rubric::builtin_sources(),
            errors: Vec::new(),
        });
    }
    let files = rule_files(paths)?;
    let mut sources = Sources::new();
    let mut errors = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).map_err(|e| format!("cannot read `{}`: {e}", f.display()))?;
        let name = f.display().to_string();
        let (_, err) = rubric::add_source_bytes(&mut sources, name, bytes);
        errors.extend(err);
    }
    Ok(Loaded { sources, errors })
}

/// The rules files named by `paths`: files as given, directories searched.
pub fn rule_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for p in paths {
        let meta =
            std::fs::metadata(p).map_err(|e| format!("cannot read `{}`: {e}", p.display()))?;
        if meta.is_dir() {
            let before = files.len();
            collect(p, &mut files, &|p: &Path| {
                p.extension().is_some_and(|e| e == rubric::RULES_EXTENSION)
            })
            .map_err(|e| format!("cannot read `{}`: {e}", p.display()))?;
            if files.len() == before {
                return Err(format!(
                    "no `*.{}` rules file under `{}`",
                    rubric::RULES_EXTENSION,
                    p.display()
                ));
            }
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

/// Every file below `dir` that `wanted` accepts, sorted so that runs are
/// reproducible. Symbolic links are followed, but each real directory is
/// visited once, so a link loop (`ln -s . self`) cannot hang the walk.
pub fn collect(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    wanted: &dyn Fn(&Path) -> bool,
) -> std::io::Result<()> {
    let mut seen = std::collections::HashSet::new();
    walk(dir, out, wanted, &mut seen)
}

fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    wanted: &dyn Fn(&Path) -> bool,
    seen: &mut std::collections::HashSet<PathBuf>,
) -> std::io::Result<()> {
    if !seen.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out, wanted, seen)?;
        } else if wanted(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads and compiles the rules at `paths` (built-in without), printing every
/// diagnostic. On failure, the exit code: 2 for unreadable paths, 1 for
/// invalid rules.
pub fn program(env: &Env, paths: &[PathBuf]) -> Result<(Sources, Program), u8> {
    let loaded = rules(paths).map_err(|m| usage_error(&m))?;
    let compilation = rubric::compile(&loaded.sources);
    let all: Vec<_> = (loaded.errors.iter().chain(&compilation.diagnostics))
        .cloned()
        .collect();
    let failed = diag::has_errors(&all);
    for d in &env.cap(all) {
        eprint!("{}", diag::render(d, &loaded.sources, env.render_options()));
    }
    match compilation.program {
        Some(p) if !failed => Ok((loaded.sources, p)),
        _ => Err(exit::INVALID),
    }
}
