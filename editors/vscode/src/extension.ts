// Starts `rubric lsp` for `.rubric` files and test files, with the path set
// in `rubric.server.path`.

import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("rubric");
  const command = config.get<string>("server.path") || "rubric";
  const lang = config.get<string>("server.lang") || vscode.env.language;
  const serverOptions: ServerOptions = {
    command,
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "rubric" },
      // Completion of options and tiers in test files.
      { scheme: "file", pattern: "**/*.test.{yaml,yml}" },
    ],
    initializationOptions: { lang },
    synchronize: {
      // Rules files changed outside the editor (git checkout, `rubric fmt`).
      fileEvents: vscode.workspace.createFileSystemWatcher("**/*.rubric"),
    },
  };
  client = new LanguageClient("rubric", "rubric", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("rubric.restartServer", async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
