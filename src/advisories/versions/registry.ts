import { apkComparator } from './apk.js';
import type { Comparator } from './comparator.js';
import { cranComparator } from './cran.js';
import { dpkgComparator } from './dpkg.js';
import { goComparator } from './go.js';
import { hackageComparator } from './hackage.js';
import { mavenComparator } from './maven.js';
import { nugetComparator } from './nuget.js';
import { packagistComparator } from './packagist.js';
import { pep440Comparator } from './pep440.js';
import { pubComparator } from './pub.js';
import { rpmComparator } from './rpm.js';
import { rubygemsComparator } from './rubygems.js';
import { semverComparator } from './semver.js';

// OSV ecosystem names → version rules. Distribution ecosystems carry a release
// after the first colon (`Debian:12`, `Ubuntu:22.04:LTS`, `Ubuntu:Pro:18.04:LTS`,
// `Alpine:v3.20`, `Red Hat:rhel_aus:8.4::appstream`, `SUSE:Linux Enterprise
// Server 15 SP5`); the rules depend only on the name before it.

const BY_BASE: Readonly<Record<string, Comparator>> = {
  npm: semverComparator,
  'crates.io': semverComparator,
  Hex: semverComparator,
  SwiftURL: semverComparator,
  Bitnami: semverComparator,
  Go: goComparator,
  PyPI: pep440Comparator,
  Maven: mavenComparator,
  NuGet: nugetComparator,
  RubyGems: rubygemsComparator,
  Packagist: packagistComparator,
  Pub: pubComparator,
  Hackage: hackageComparator,
  GHC: hackageComparator,
  CRAN: cranComparator,
  Bioconductor: cranComparator,
  Debian: dpkgComparator,
  Ubuntu: dpkgComparator,
  Alpine: apkComparator,
  Wolfi: apkComparator,
  Chainguard: apkComparator,
  AlmaLinux: rpmComparator,
  'Rocky Linux': rpmComparator,
  'Red Hat': rpmComparator,
  SUSE: rpmComparator,
  openSUSE: rpmComparator,
  openEuler: rpmComparator,
  Mageia: rpmComparator,
  'Photon OS': rpmComparator,
  'Azure Linux': rpmComparator,
};

/** The base name of an OSV ecosystem: `Debian:12` → `Debian`. */
export function ecosystemBase(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/**
 * Version rules for an OSV ecosystem, or undefined when lading has none (the
 * caller must then report the package as not comparable, never as safe).
 */
export function comparatorFor(ecosystem: string): Comparator | undefined {
  return Object.hasOwn(BY_BASE, ecosystemBase(ecosystem)) ? BY_BASE[ecosystemBase(ecosystem)] : undefined;
}

/** Ecosystem base names with version rules, for messages and docs. */
export const supportedEcosystems: readonly string[] = Object.keys(BY_BASE);

export { semverComparator };
