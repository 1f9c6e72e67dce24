/**
 * Finds every place in our sources that can make a network request, by reading the syntax tree
 * (TypeScript's parser), not the text: comments and strings that merely mention `fetch` do not
 * count, while a `fetch` handed on as a value (`fetchImpl = fetch`, `{ fetch }`) does.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Globals and methods that send requests. */
const NETWORK_NAMES = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection', 'WebTransport', 'Image', 'connectNative', 'sendNativeMessage']);
/** Elements that load what their address names, and the properties/attributes that set it. */
const LOADING_ELEMENTS = new Set(['img', 'script', 'iframe', 'frame', 'link', 'object', 'embed', 'audio', 'video', 'source', 'track', 'image']);
const LOADING_PROPERTIES = new Set(['src', 'srcset', 'srcSet', 'poster', 'data']);

export interface NetworkCall {
  file: string;
  line: number;
  what: string;
}

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const isTypePosition = (node: ts.Node): boolean => {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return true;
    if (ts.isStatement(n) || ts.isExpression(n)) return false;
  }
  return false;
};

/** A name that is declared or used as a key here rather than read: `{ fetch: … }`, `function fetch`. */
const isDeclarationName = (node: ts.Identifier): boolean => {
  const parent = node.parent;
  return (
    ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node) ||
    ts.isImportSpecifier(parent) ||
    ts.isExportSpecifier(parent)
  );
};

/** `fetch(browser.runtime.getURL(…))`: a file of the extension itself, no network. */
const readsOwnFile = (call: ts.CallExpression): boolean => {
  const first = call.arguments[0];
  return !!first && ts.isCallExpression(first) && /\bruntime\.getURL$/.test(first.expression.getText());
};

const literal = (node: ts.Node | undefined): string | null => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null);
/** An address inside the extension: "/icons/x.png", "./a.css". */
const isOwnAddress = (value: string | null) => value !== null && /^\.{0,2}\/(?!\/)/.test(value);

export function networkCallsIn(file: string): NetworkCall[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: NetworkCall[] = [];
  const add = (node: ts.Node, what: string) => found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });

  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NETWORK_NAMES.has(node.text) && !isDeclarationName(node) && !isTypePosition(node)) {
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
      if (!(call && node.text === 'fetch' && readsOwnFile(call))) add(node, node.text);
    }
    if (ts.isElementAccessExpression(node) && NETWORK_NAMES.has(literal(node.argumentExpression) ?? '')) add(node, `[${literal(node.argumentExpression)}]`);
    // document.createElement('img') and friends: an element that loads an address.
    if (ts.isCallExpression(node) && /(^|\.)createElement(NS)?$/.test(node.expression.getText()) && LOADING_ELEMENTS.has((literal(node.arguments.at(-1)) ?? '').toLowerCase())) add(node, `createElement(${literal(node.arguments.at(-1))})`);
    // el.src = …, el.setAttribute('src', …)
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && LOADING_PROPERTIES.has(node.left.name.text)) add(node, `.${node.left.name.text} =`);
    if (ts.isCallExpression(node) && /\.setAttribute(NS)?$/.test(node.expression.getText()) && LOADING_PROPERTIES.has(literal(node.arguments.at(-2)) ?? '')) add(node, `setAttribute(${literal(node.arguments.at(-2))})`);
    // <img src={…}>: JSX that loads an address other than the extension's own files.
    if (ts.isJsxAttribute(node) && LOADING_PROPERTIES.has(node.name.getText())) {
      const value = node.initializer;
      if (!(value && ts.isStringLiteral(value) && isOwnAddress(value.text))) add(node, `<… ${node.name.getText()}=>`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Relative imports of a file that bring in values (not `import type`), resolved to files under src. */
export function valueImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const targets: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings) && !statement.importClause?.name && bindings.elements.every((e) => e.isTypeOnly)) continue;
    const spec = literal(statement.moduleSpecifier);
    if (!spec?.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), spec);
    const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
    if (resolved) targets.push(resolved);
  }
  return targets;
}
