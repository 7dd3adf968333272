//! Arbitrary bytes as a YAML partner file, loaded against the shipped program:
//! no panic, bounded diagnostics, and a partner that loads reads back the same
//! from JSON and YAML (see `rubric_fuzz::check_load`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use rubric::data::Format;

fuzz_target!(|data: &[u8]| rubric_fuzz::check_load(data, Format::Yaml));
