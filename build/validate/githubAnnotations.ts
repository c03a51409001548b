/**
 * Findings as GitHub Actions workflow commands, so that a pull request shows each one on the line
 * it is about: `::error file=data/events/x.json,line=7,col=14,title=unknown-actor::actors[2]: …`.
 * Escaping as GitHub's toolkit does (actions/toolkit, packages/core/src/command.ts): `%`, CR and LF
 * everywhere, and also `:` and `,` inside properties, which would otherwise end them.
 */
import { findingText, type Finding } from './index.ts';

export function githubAnnotation(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`
  ].join(',');
  return `::${finding.severity} ${properties}::${escapeData(findingText(finding))}`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
