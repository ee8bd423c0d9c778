import { existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A path in a source file that leads out of the repository. */
export interface OutsidePath {
  line: number;
  /** The source text of the literal or call that names it. */
  code: string;
  /** Where it leads, as far as it can be worked out. */
  resolved: string;
}

/** Absolute paths a program may name: the machine's own tools and scratch space. */
const SYSTEM = /^\/(usr|bin|sbin|lib|lib64|etc|dev|proc|sys)(\/|$)/;
const RELATIVE = /^\.\.?\//;
const ABSOLUTE = /^\/[^/]/;
const PATH_CALL = /(^|\.)(resolve|join|dirname)$/;

/**
 * Paths in a TypeScript source that lead outside `repo`: relative paths that climb out of it (from the
 * file's folder; `path.resolve`/`join` calls are worked out from `__dirname`, `import.meta.dirname`,
 * `process.cwd()` and the file's own constants), any `..` path through a folder named `shared`, and
 * absolute paths that exist on this machine outside the system folders. Comments are not read; a URL
 * path (`'/page.html'`) exists nowhere and is not a finding.
 */
export function pathsOutside(source: string, file: string, repo: string): OutsidePath[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression>();
  const findings: OutsidePath[] = [];
  const inside = (p: string) => p === repo || p.startsWith(repo + path.sep);
  const climbsThroughShared = (p: string) => /(^|\/)\.\.\/(\.\.\/)*shared(\/|$)/.test(p);

  const visitConsts = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
    ts.forEachChild(node, visitConsts);
  };
  visitConsts(sf);

  /** The value of a path expression, or undefined when it cannot be told without running the code. */
  const evaluate = (node: ts.Expression, depth = 0): string | undefined => {
    if (depth > 8) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, depth + 1);
    const text = node.getText(sf);
    if (text === '__dirname' || text === 'import.meta.dirname') return path.dirname(file);
    if (text === 'process.cwd()') return repo;
    if (ts.isIdentifier(node)) {
      const init = consts.get(node.text);
      return init ? evaluate(init, depth + 1) : undefined;
    }
    if (ts.isCallExpression(node) && PATH_CALL.test(node.expression.getText(sf))) {
      const args = node.arguments.map((a) => evaluate(a, depth + 1));
      if (args.some((a) => a === undefined)) return undefined;
      const callee = node.expression.getText(sf);
      if (callee.endsWith('dirname')) return path.dirname(args[0]!);
      return callee.endsWith('join') ? path.join(...(args as string[])) : path.resolve(path.dirname(file), ...(args as string[]));
    }
    return undefined;
  };

  const report = (node: ts.Node, resolved: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    findings.push({ line: line + 1, code: node.getText(sf), resolved });
  };

  const isModuleSpecifier = (node: ts.Node) => {
    const parent = node.parent;
    return (
      (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) ||
      ts.isExternalModuleReference(parent) ||
      (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) ||
      (ts.isNewExpression(parent) && parent.expression.getText(sf) === 'URL')
    );
  };

  /** A path given straight to a call that is not path arithmetic (`readFileSync('../x')`). */
  const isReadArgument = (node: ts.Node) => ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression) && !PATH_CALL.test(node.parent.expression.getText(sf));

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && PATH_CALL.test(node.expression.getText(sf))) {
      const value = evaluate(node);
      const climbs = node.arguments.some((a) => ts.isStringLiteral(a) && a.text.includes('..'));
      if (climbs && value !== undefined && path.isAbsolute(value) && !inside(path.resolve(value))) report(node, path.resolve(value));
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      const text = node.text;
      if (RELATIVE.test(text) && climbsThroughShared(text)) report(node, text);
      else if (RELATIVE.test(text) && (isModuleSpecifier(node) || isReadArgument(node))) {
        // An import or a URL is read from the file's folder; a path handed to a call such as
        // readFileSync from the working directory, which is the repository's root for every script and test.
        const resolved = path.resolve(isModuleSpecifier(node) ? path.dirname(file) : repo, text);
        if (!inside(resolved)) report(node, resolved);
      } else if (ABSOLUTE.test(text) && !SYSTEM.test(text) && !inside(text) && existsSync(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // One finding a line: a call and the literal inside it name the same path.
  return findings.filter((f, i) => findings.findIndex((g) => g.line === f.line) === i);
}
