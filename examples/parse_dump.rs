fn main() {
    for p in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&p).unwrap();
        let src = rubric::span::SourceFile::new(p.clone(), text);
        let (file, errs) = rubric::syntax::parse(rubric::span::FileId(0), &src);
        println!("{} items", file.items.len());
        for e in errs {
            println!("{:?}", miette::Report::new(e));
        }
    }
}
