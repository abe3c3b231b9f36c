import type { SbomResult, SbomStepResult } from '../steps/sbom.js';

// The job summary of actions/sbom: per image (or platform) what was found,
// by package type, on which distro, out of which layers, how long it took and
// how many warnings there were, plus where the documents were written.

export function sbomSummaryMarkdown(result: SbomStepResult): string {
  const out: string[] = [];
  for (const r of result.results) out.push(...section(r), '');
  out.push(`Done in ${(result.durationMs / 1000).toFixed(2)} s.`, '');
  return out.join('\n');
}

function section(r: SbomResult): string[] {
  const subject =
    r.subject.kind === 'image' ? `${r.subject.name}@${r.subject.digest}` : `dir:${r.subject.name}`;
  const out = [`## lading sbom: \`${subject}\`${r.platform ? ` (${r.platform})` : ''}`, ''];
  out.push(
    `**${r.packages}** package(s)` +
      `${r.distro ? ` on ${cell(r.distro.prettyName)}` : ''}` +
      `; ${r.warnings.length} warning(s)` +
      `${r.warnings.length ? ' (see the log)' : ''}.`,
    '',
  );
  const types = Object.entries(r.byType);
  if (types.length > 0) {
    out.push('| Type | Packages |', '| --- | ---: |');
    for (const [type, n] of types) out.push(`| ${cell(type)} | ${n} |`);
    out.push('');
  }
  if (r.subject.kind === 'image' && r.layers.length > 0) {
    out.push('| Layer | Compressed | Uncompressed | Entries |', '| --- | ---: | ---: | ---: |');
    for (const l of r.layers) {
      out.push(`| \`${l.digest}\` | ${bytes(l.size)} | ${bytes(l.bytes)} | ${l.entries} |`);
    }
    out.push('');
  }
  for (const d of r.documents) if (d.file) out.push(`- ${d.format}: \`${d.file}\``);
  return out;
}

/** `1536` -> `1.5 KiB`: sizes as people read them. */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Table cells must not break the table: pipes escaped, newlines flattened. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
