//! `rubric lsp`: the language server, on standard input and output.

use super::{exit, Env};

/// Run the language server (LSP over stdio) for editors.
///
/// Every `*.rubric` file of the editor's workspace folder forms the program;
/// open buffers replace the files on disk. See docs/editor.md.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Editors start it themselves; see docs/editor.md for VS Code, Neovim and Helix."
)]
pub struct Args {
    /// Accepted for clients that pass it (VS Code's language client does); stdio is the only transport.
    #[arg(long)]
    stdio: bool,
}

pub fn run(_env: &Env, _args: Args) -> u8 {
    match rubric::lsp::serve_stdio() {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("error: the language server stopped: {e}");
            exit::INVALID
        }
    }
}
