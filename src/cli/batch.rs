//! The partners of one `rubric eval` run, read one at a time: files, directories
//! (searched for partner files), JSON Lines files and standard input. Only the
//! file names are listed up front; a document is read when its turn comes, so
//! memory does not grow with the number of partners.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::csv::Split;
use super::load::collect;
use rubric::diag::Diagnostic;
use rubric::Sources;

/// Extensions of partner files found in a directory. `.jsonl` holds one
/// partner per line.
const PARTNER_EXTENSIONS: [&str; 5] = ["json", "yaml", "yml", "jsonl", "csv"];

/// Partners read, then evaluated on every core, then written in input order
/// (`eval`, `diff`). Bounds the memory of a run whatever its size; small
/// enough that a chunk's documents and reports stay in the processor's
/// caches between reading, evaluating and writing (2,048 made a run on one
/// thread about a sixth slower), large enough to keep every core busy.
pub const CHUNK: usize = 256;

/// Runs `run` on a worker of a new pool (sized by `RAYON_NUM_THREADS`, else
/// one thread per core): reading and writing between chunks then cost no
/// hand-over between threads, and with one thread everything happens on it.
pub fn on_pool<R: Send>(run: impl FnOnce() -> R + Send) -> R {
    match rayon::ThreadPoolBuilder::new().build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
}

/// Bytes read or written per system call in a batch run (std's default is
/// 8 KB: a call per two or three typical partners).
pub const IO_BUFFER: usize = 1 << 16;

/// One partner document, or why it could not be read.
pub enum Item {
    Partner {
        place: Place,
        bytes: Vec<u8>,
    },
    Unreadable {
        place: Place,
        error: String,
    },
    /// Rows of partner `id` in a CSV export, after other partners' rows
    /// that followed its first ones (at line `first`); `header` bytes of the
    /// header first.
    Scattered {
        place: Place,
        bytes: Vec<u8>,
        header: usize,
        id: String,
        first: usize,
    },
}

/// Where a partner comes from: a file, and its line in a JSON Lines stream
/// or a CSV export.
pub struct Place {
    pub file: String,
    pub line: Option<usize>,
    /// Bytes of the CSV header put in front of the partner's rows (0: none).
    pub header: usize,
}

impl Place {
    fn file(file: String) -> Place {
        Place::at(file, None)
    }

    /// Line `line` of `file` (a JSON Lines or CSV item), no header.
    pub fn at(file: String, line: Option<usize>) -> Place {
        Place {
            file,
            line,
            header: 0,
        }
    }

    /// The partner's document as the source its diagnostics point into,
    /// numbered as in the file: a JSON Lines item on its line, a CSV partner's
    /// header on line 1 and its rows on theirs.
    pub fn sources(&self, bytes: &[u8]) -> Sources {
        let text = rubric::data::text_of(bytes);
        let mut file = rubric::SourceFile::new(self.file.as_str(), text.as_ref());
        if let Some(line) = self.line {
            let at = self.header.min(bytes.len());
            let header_lines = bytes[..at].iter().filter(|&&b| b == b'\n').count();
            file = file.skipping_lines(at, line.saturating_sub(header_lines + 1));
        }
        let mut sources = Sources::new();
        sources.push(file);
        sources
    }

    /// The name diagnostics show: `a.json`, or `all.jsonl line 12`.
    pub fn name(&self) -> String {
        match self.line {
            Some(n) => format!("{} line {n}", self.file),
            None => self.file.clone(),
        }
    }
}

/// Why an item has no document: its place, a diagnostic and the sources it
/// points into.
pub type Unread<'a> = (&'a Place, Diagnostic, Sources);

impl Item {
    /// The document to load, or why there is none: a diagnostic and the
    /// sources it points into.
    pub fn document(&self) -> Result<(&Place, &[u8]), Box<Unread<'_>>> {
        match self {
            Item::Partner { place, bytes } => Ok((place, bytes)),
            Item::Unreadable { place, error } => {
                let d = Diagnostic::error("rubric::data::unreadable", None)
                    .arg("name", place.name())
                    .arg("reason", error.as_str());
                Err(Box::new((place, d, Sources::new())))
            }
            // Rows of a CSV export out of place: nothing of it is evaluated.
            Item::Scattered {
                place,
                bytes,
                header,
                id,
                first,
            } => {
                let (d, sources) = super::csv::scattered(place, bytes, *header, id, *first);
                Err(Box::new((place, d, sources)))
            }
        }
    }

    #[cfg(test)]
    fn name(&self) -> String {
        match self {
            Item::Partner { place, .. }
            | Item::Unreadable { place, .. }
            | Item::Scattered { place, .. } => place.name(),
        }
    }
}

/// What is left to read.
enum Pending {
    Stdin,
    File(PathBuf),
}

/// A JSON Lines stream being read.
struct Lines {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    /// A first line already read (standard input is sniffed with it).
    first: Option<Vec<u8>>,
    /// Length of the last line read.
    last_len: usize,
}

/// The partners of a run, in the order given (directories in name order).
pub struct Inputs {
    queue: VecDeque<Pending>,
    lines: Option<Lines>,
    /// A CSV export being read.
    csv: Option<Split>,
    /// Standard input turned out to be JSON Lines.
    saw_lines: bool,
}

impl Inputs {
    /// Checks that every path exists and lists the files of directories.
    /// `-` is standard input. On error, the message of a usage error.
    pub fn new(args: &[String]) -> Result<Inputs, String> {
        let mut queue = VecDeque::new();
        for arg in args {
            if arg == "-" {
                queue.push_back(Pending::Stdin);
                continue;
            }
            let path = PathBuf::from(arg);
            if path
                .extension()
                .is_some_and(|e| e == rubric::RULES_EXTENSION)
            {
                return Err(format!(
                    "`{arg}` is a rules file: give rules with `--rules {arg}`"
                ));
            }
            let meta = std::fs::metadata(&path).map_err(|e| format!("cannot read `{arg}`: {e}"))?;
            if meta.is_dir() {
                let mut files = Vec::new();
                collect(&path, &mut files, &is_partner_file)
                    .map_err(|e| format!("cannot read `{arg}`: {e}"))?;
                if files.is_empty() {
                    return Err(format!(
                        "no partner file (`*.json`, `*.yaml`, `*.yml`, `*.jsonl`, `*.csv`) under `{arg}`"
                    ));
                }
                queue.extend(files.into_iter().map(Pending::File));
            } else {
                queue.push_back(Pending::File(path));
            }
        }
        Ok(Inputs {
            queue,
            lines: None,
            csv: None,
            saw_lines: false,
        })
    }

    /// True when the run may hold more than one partner: several inputs, a
    /// directory, or JSON Lines. Asked after the first partner was read (that
    /// is when standard input is known to be JSON Lines or not).
    pub fn many(&self, read: usize) -> bool {
        read > 1 || self.saw_lines || self.csv.is_some() || !self.queue.is_empty()
    }

    /// The next line of the JSON Lines stream being read, skipping blank ones.
    fn next_line(&mut self) -> Option<Item> {
        let lines = self.lines.as_mut()?;
        loop {
            let text = match lines.first.take() {
                Some(first) => first,
                None => {
                    // Bytes: the loader checks UTF-8 once, with a located error.
                    // Sized like the last line: partners of one file are alike.
                    let mut buf = Vec::with_capacity(lines.last_len + 256);
                    match lines.reader.read_until(b'\n', &mut buf) {
                        Ok(0) => {
                            self.lines = None;
                            return None;
                        }
                        Ok(n) => {
                            lines.last_len = n;
                            buf
                        }
                        Err(e) => {
                            let place = Place::at(lines.name.clone(), Some(lines.line + 1));
                            self.lines = None;
                            return Some(Item::Unreadable {
                                place,
                                error: e.to_string(),
                            });
                        }
                    }
                }
            };
            lines.line += 1;
            if !text.iter().all(u8::is_ascii_whitespace) {
                return Some(Item::Partner {
                    place: Place::at(lines.name.clone(), Some(lines.line)),
                    bytes: text,
                });
            }
        }
    }

    /// Standard input: JSON Lines when its first line is a whole JSON value,
    /// a CSV export when it is a CSV header (see [`rubric::data::Format::sniff`]),
    /// else one document (JSON or YAML).
    fn stdin(&mut self) -> Option<Item> {
        let name = "<stdin>".to_string();
        let mut reader = BufReader::with_capacity(IO_BUFFER, std::io::stdin());
        let mut first = String::new();
        if let Err(e) = reader.read_line(&mut first) {
            return Some(Item::Unreadable {
                place: Place::file(name),
                error: e.to_string(),
            });
        }
        let trimmed = first.trim();
        let whole = trimmed.starts_with('{')
            && serde_json::from_str::<serde::de::IgnoredAny>(trimmed).is_ok();
        if whole {
            self.saw_lines = true;
            self.lines = Some(Lines {
                name,
                reader: Box::new(reader),
                line: 0,
                first: Some(first.into_bytes()),
                last_len: 0,
            });
            return self.next_line();
        }
        if rubric::data::Format::sniff(&first) == rubric::data::Format::Csv {
            let rest = std::io::Cursor::new(first.into_bytes()).chain(reader);
            self.csv = Some(Split::new(name, Box::new(rest)));
            return self.next();
        }
        let mut bytes = first.into_bytes();
        let place = Place::file(name);
        match reader.read_to_end(&mut bytes) {
            Ok(_) => Some(Item::Partner { place, bytes }),
            Err(e) => Some(Item::Unreadable {
                place,
                error: e.to_string(),
            }),
        }
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(csv) = self.csv.as_mut() {
                match csv.next() {
                    Some(item) => return Some(item),
                    None => self.csv = None,
                }
            }
            if self.lines.is_some() {
                if let Some(item) = self.next_line() {
                    return Some(item);
                }
                continue;
            }
            let path = match self.queue.pop_front()? {
                Pending::Stdin => match self.stdin() {
                    Some(item) => return Some(item),
                    None => continue,
                },
                Pending::File(path) => path,
            };
            let name = path.display().to_string();
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            {
                self.saw_lines = true;
                match File::open(&path) {
                    Ok(f) => {
                        self.csv = Some(Split::new(
                            name,
                            Box::new(BufReader::with_capacity(IO_BUFFER, f)),
                        ))
                    }
                    Err(e) => {
                        let place = Place::file(name);
                        return Some(Item::Unreadable {
                            place,
                            error: e.to_string(),
                        });
                    }
                }
                continue;
            }
            if is_json_lines(&path) {
                self.saw_lines = true;
                match File::open(&path) {
                    Ok(f) => {
                        self.lines = Some(Lines {
                            name,
                            reader: Box::new(BufReader::with_capacity(IO_BUFFER, f)),
                            line: 0,
                            first: None,
                            last_len: 0,
                        });
                        continue;
                    }
                    Err(e) => {
                        return Some(Item::Unreadable {
                            place: Place::file(name),
                            error: e.to_string(),
                        })
                    }
                }
            }
            let place = Place::file(name);
            return Some(match std::fs::read(&path) {
                Ok(bytes) => Item::Partner { place, bytes },
                Err(e) => Item::Unreadable {
                    place,
                    error: e.to_string(),
                },
            });
        }
    }
}

fn is_json_lines(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn is_partner_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| PARTNER_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: Inputs) -> Vec<String> {
        inputs.map(|i| i.name().to_string()).collect()
    }

    #[test]
    fn directories_json_lines_and_blank_lines() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("b.json"), "{}").unwrap();
        std::fs::write(d.join("sub/a.yaml"), "id: a").unwrap();
        std::fs::write(d.join("notes.txt"), "not a partner").unwrap();
        std::fs::write(d.join("all.jsonl"), "{\"id\":1}\n\n{\"id\":2}\n").unwrap();
        let got = names(Inputs::new(&[d.display().to_string()]).unwrap());
        let rel: Vec<String> = got
            .iter()
            .map(|n| {
                n.strip_prefix(&d.display().to_string())
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            rel,
            [
                "/all.jsonl line 1",
                "/all.jsonl line 3",
                "/b.json",
                "/sub/a.yaml"
            ]
        );
    }

    #[test]
    fn rules_files_and_missing_paths_are_usage_errors() {
        let err = Inputs::new(&["cloud-crm.rubric".to_string()])
            .err()
            .unwrap();
        assert!(err.contains("--rules cloud-crm.rubric"), "{err}");
        let err = Inputs::new(&["no/such/partner.json".to_string()])
            .err()
            .unwrap();
        assert!(
            err.starts_with("cannot read `no/such/partner.json`"),
            "{err}"
        );
        let tmp = tempfile::tempdir().unwrap();
        let err = Inputs::new(&[tmp.path().display().to_string()])
            .err()
            .unwrap();
        assert!(err.starts_with("no partner file"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_visited_once() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path().join("d");
        std::fs::create_dir(&d).unwrap();
        std::fs::write(d.join("p.json"), "{}").unwrap();
        std::os::unix::fs::symlink(".", d.join("self")).unwrap();
        std::os::unix::fs::symlink("../d", d.join("up")).unwrap();
        let got = names(Inputs::new(&[d.display().to_string()]).unwrap());
        assert_eq!(got.len(), 1, "{got:?}");
    }
}
