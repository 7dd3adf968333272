//! A CSV export read one partner at a time: the header and the rows of one
//! partner make one item, so memory holds one partner whatever the file's
//! size. Rows of a partner seen earlier in the file are an error, never
//! merged: a partner is evaluated from its rows, all together.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::rc::Rc;

use super::batch::{Item, Place};

/// The bytes a reader read, kept until the partner they hold is complete.
struct Tee<R> {
    inner: R,
    kept: Rc<RefCell<Vec<u8>>>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.kept.borrow_mut().extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// The partners of one CSV export.
pub struct Split {
    file: String,
    reader: csv::Reader<Tee<Box<dyn Read>>>,
    kept: Rc<RefCell<Vec<u8>>>,
    /// File offset of `kept[0]`.
    offset: usize,
    header: Vec<u8>,
    /// The `partner_id` column.
    column: Option<usize>,
    /// The partner being read: its id, first byte and line.
    current: Option<(String, usize, usize)>,
    /// The first line of each partner read, to tell rows out of place.
    seen: HashMap<String, usize>,
    done: bool,
}

impl Split {
    pub fn new(file: String, reader: Box<dyn Read>) -> Split {
        let kept = Rc::new(RefCell::new(Vec::new()));
        let tee = Tee {
            inner: reader,
            kept: kept.clone(),
        };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(tee);
        let column =
            (reader.headers().ok()).and_then(|h| h.iter().position(|c| c.trim() == "partner_id"));
        Split {
            file,
            reader,
            kept,
            offset: 0,
            header: Vec::new(),
            column,
            current: None,
            seen: HashMap::new(),
            done: false,
        }
    }

    /// The partner read so far, up to byte `end` of the file, as an item.
    fn take(&mut self, end: usize) -> Option<Item> {
        let (id, start, line) = self.current.take()?;
        let mut kept = self.kept.borrow_mut();
        let (from, to) = (start - self.offset, (end - self.offset).min(kept.len()));
        let mut bytes = Vec::with_capacity(self.header.len() + to - from);
        bytes.extend_from_slice(&self.header);
        bytes.extend_from_slice(&kept[from..to]);
        kept.drain(..to);
        self.offset += to;
        let header = self.header.len();
        let place = Place {
            header,
            ..Place::at(self.file.clone(), Some(line))
        };
        Some(match self.seen.get(&id) {
            None => {
                self.seen.insert(id, line);
                Item::Partner { place, bytes }
            }
            Some(&first) => Item::Scattered {
                place,
                bytes,
                header,
                id,
                first,
            },
        })
    }
}

impl Iterator for Split {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let mut record = csv::ByteRecord::new();
        while !self.done {
            let read = self.reader.read_byte_record(&mut record);
            let Ok(true) = read else {
                self.done = true;
                let end = self.offset + self.kept.borrow().len();
                if let Err(e) = read {
                    let place =
                        Place::at(self.file.clone(), e.position().map(|p| p.line() as usize));
                    return Some(Item::Unreadable {
                        place,
                        error: e.to_string(),
                    });
                }
                if self.current.is_none() && self.seen.is_empty() {
                    // No row: the loader says what is missing.
                    let place = Place::at(self.file.clone(), None);
                    let bytes = self.kept.take();
                    return Some(Item::Partner { place, bytes });
                }
                return self.take(end);
            };
            let pos = record
                .position()
                .cloned()
                .unwrap_or_else(csv::Position::new);
            let (byte, line) = (pos.byte() as usize, pos.line() as usize);
            if self.header.is_empty() {
                // Whatever comes before the first row is the header.
                let mut kept = self.kept.borrow_mut();
                let n = byte.min(kept.len());
                self.header = kept.drain(..n).collect();
                self.offset = byte;
            }
            let id = self.column.and_then(|c| record.get(c)).unwrap_or_default();
            let id = String::from_utf8_lossy(id).trim().to_owned();
            match &self.current {
                Some((current, ..)) if *current == id => continue,
                Some(_) => {
                    let item = self.take(byte);
                    self.current = Some((id, byte, line));
                    return item;
                }
                None => self.current = Some((id, byte, line)),
            }
        }
        None
    }
}

/// The error of a partner whose rows of a CSV export are not all together
/// (`Item::Scattered`), and the sources it points into.
pub(super) fn scattered(
    place: &super::batch::Place,
    bytes: &[u8],
    header: usize,
    id: &str,
    first: usize,
) -> (rubric::Diagnostic, rubric::Sources) {
    let text = rubric::data::text_of(bytes);
    let end = text[header..]
        .find(['\n', '\r'])
        .map_or(text.len(), |n| header + n);
    let span = rubric::Span::new(rubric::FileId(0), header, end);
    let d = rubric::Diagnostic::error("rubric::data::csv-partners", span)
        .arg("id", id)
        .arg("hint", "scattered")
        .arg("line", first)
        .arg("first", "");
    (d, place.sources(bytes))
}
