import { ecosystemBase } from './versions/registry.js';

// Package names as each ecosystem itself compares them, so that an SBOM's
// spelling and an advisory's spelling meet: PEP 503 for PyPI, case-insensitive
// NuGet and Packagist ids, `group:artifact` for Maven, Go module paths and npm
// names exactly as written. Applied to both sides of every match.

export function normalisePackageName(ecosystem: string, name: string): string {
  const trimmed = name.trim();
  switch (ecosystemBase(ecosystem)) {
    case 'PyPI':
      return trimmed.toLowerCase().replace(/[-_.]+/g, '-');
    case 'NuGet':
    case 'Packagist':
      return trimmed.toLowerCase();
    case 'Maven':
      // `group:artifact`; a slash-separated spelling (purl style) is the same coordinate.
      return trimmed.replace(/\s*[:/]\s*/, ':');
    default:
      return trimmed;
  }
}
