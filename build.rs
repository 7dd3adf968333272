// The built-in competencies are embedded with include_dir!, which does not
// notice new files: rebuild whenever the directory changes.
fn main() {
    println!("cargo:rerun-if-changed=competencies");
}
