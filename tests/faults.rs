//! Inputs that used to be refused or rewritten for no reason: a byte-order
//! mark at the start of a rules file, and `\r\n` line ends under `fmt`.

mod common;

use common::{run, stderr, stdout};

#[test]
fn a_byte_order_mark_starts_a_rules_file_like_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("a.rubric"),
        "\u{feff}currency USD \"US dollar\"\n",
    )
    .unwrap();
    let o = run(&["check", "a.rubric"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: 1 file"), "{}", stdout(&o));
    // fmt keeps the mark.
    let o = run(&["fmt", "--check", "a.rubric"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn fmt_keeps_windows_line_ends() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("c.rubric");
    std::fs::write(
        &path,
        "currency   USD \"US dollar\" // note\r\nkind k \"K\"\r\n",
    )
    .unwrap();
    // One line changes, not every line.
    let o = run(&["fmt", "--check", "c.rubric"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(1));
    let diff = stdout(&o);
    assert_eq!(
        diff.lines()
            .filter(|l| l.starts_with('-') && !l.starts_with("---"))
            .count(),
        1,
        "{diff}"
    );
    let o = run(&["fmt", "c.rubric"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        "currency USD \"US dollar\" // note\r\n\r\nkind k \"K\"\r\n"
    );
    // Formatted once, formatted for good.
    let o = run(&["fmt", "--check", "c.rubric"], Some(tmp.path()));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}
