import { InputError } from '../../errors.js';
import type { Inventory } from '../model.js';
import { type CycloneDxOptions, writeCyclonedx } from './cyclonedx.js';
import { writeSpdx } from './spdx.js';
import type { SbomSubject, SbomWriteOptions } from './subject.js';

// The SBOM formats lading writes, by the names syft's `-o` uses, so
// `-o spdx-json=a.json -o cyclonedx-json=b.json` reads the same in both tools.

export const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

/** Media types for artifacts and attestations that carry the SBOM. */
export const SBOM_MEDIA_TYPES: Record<SbomFormat, string> = {
  'spdx-json': 'application/spdx+json',
  'cyclonedx-json': 'application/vnd.cyclonedx+json',
};

/** The file name suffix each format is conventionally saved with. */
export const SBOM_FILE_SUFFIXES: Record<SbomFormat, string> = {
  'spdx-json': '.spdx.json',
  'cyclonedx-json': '.cdx.json',
};

export function isSbomFormat(text: string): text is SbomFormat {
  return (SBOM_FORMATS as readonly string[]).includes(text);
}

/** `where` names the flag or input the text came from (`-o`, `formats` input). */
export function parseSbomFormat(text: string, where = 'SBOM format'): SbomFormat {
  const name = text.trim();
  if (!isSbomFormat(name)) {
    throw new InputError(`${where}: unknown SBOM format "${text}" (known: ${SBOM_FORMATS.join(', ')})`);
  }
  return name;
}

export interface SbomOutput {
  format: SbomFormat;
  /** Absent: the caller writes to standard output. */
  file?: string;
}

/** `spdx-json`, `cyclonedx-json=out/app.cdx.json`: one `-o` value. */
export function parseSbomOutput(spec: string, where = '-o'): SbomOutput {
  const eq = spec.indexOf('=');
  const format = parseSbomFormat(eq === -1 ? spec : spec.slice(0, eq), where);
  if (eq === -1) return { format };
  const file = spec.slice(eq + 1);
  if (file.trim() === '') throw new InputError(`${where}: "${spec}" names no file after "="`);
  return { format, file };
}

/** Writes `inventory` about `subject` in `format`; the text ends with a newline. */
export function writeSbom(
  format: SbomFormat,
  inventory: Inventory,
  subject: SbomSubject,
  options: SbomWriteOptions & Pick<CycloneDxOptions, 'vulnerabilities'>,
): string {
  switch (format) {
    case 'spdx-json':
      return writeSpdx(inventory, subject, options);
    case 'cyclonedx-json':
      return writeCyclonedx(inventory, subject, options);
  }
}

export type { CdxVulnerability, CycloneDxOptions } from './cyclonedx.js';
export type { DirectorySubject, ImageSubject, SbomSubject, SbomWriteOptions } from './subject.js';
