// Tokenizes every shipped rules file (competencies/*.rubric) with the
// TextMate grammar and fails when a character outside blanks is left without
// a scope of its own (only `source.rubric`) or falls in an unterminated
// string: the grammar then misses a construct of the language.

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const root = path.resolve(__dirname, "..", "..", "..");
const grammarPath = path.resolve(__dirname, "..", "syntaxes", "rubric.tmLanguage.json");
const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;

async function main() {
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s) => new oniguruma.OnigScanner(s),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      vsctm.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath),
  });
  const grammar = await registry.loadGrammar("source.rubric");
  const dir = path.join(root, "competencies");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".rubric")).sort();
  if (files.length === 0) throw new Error(`no rules file in ${dir}`);
  let problems = 0;
  let tokens = 0;
  for (const f of files) {
    const lines = fs.readFileSync(path.join(dir, f), "utf8").split(/\r?\n/);
    let state = vsctm.INITIAL;
    lines.forEach((line, n) => {
      const r = grammar.tokenizeLine(line, state);
      for (const t of r.tokens) {
        const text = line.slice(t.startIndex, t.endIndex);
        tokens += 1;
        if (text.trim() !== "" && t.scopes.length < 2) {
          problems += 1;
          console.error(`${f}:${n + 1}:${t.startIndex + 1}: no scope for \`${text}\``);
        }
      }
      state = r.ruleStack;
    });
    // A string or block left open at the end of a file is a grammar bug.
    if (state !== vsctm.INITIAL && state.depth > 1) {
      problems += 1;
      console.error(`${f}: a rule is still open at the end of the file`);
    }
  }
  console.log(`${files.length} shipped rules files, ${tokens} tokens, ${problems} without a scope`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
