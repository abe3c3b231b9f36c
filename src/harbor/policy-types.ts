// The policy file as the user writes it, after schema validation. Shapes mirror
// schemas/registry-policy.schema.json; desired.ts turns them into Harbor's terms.

export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** Exactly one of the two keys is present (the schema enforces it). */
export interface PatternSelector {
  matches?: string;
  excludes?: string;
}

export type AllowlistEntry = string | { id: string; reason?: string };

export interface AllowlistSpec {
  items?: AllowlistEntry[];
  expires_at?: string;
}

export interface ImmutabilityRuleSpec {
  repositories?: PatternSelector;
  tags: PatternSelector;
  disabled?: boolean;
}

export type RetentionKeep =
  | 'always'
  | {
      latest_pushed?: number;
      latest_pulled?: number;
      pushed_within_days?: number;
      pulled_within_days?: number;
    };

export interface RetentionRuleSpec {
  keep: RetentionKeep;
  repositories?: PatternSelector;
  tags?: PatternSelector;
  untagged?: boolean;
  disabled?: boolean;
}

export interface RobotSpec {
  name: string;
  description?: string;
  duration_days?: number;
  disabled?: boolean;
  permissions: string[];
}

export interface WebhookSpec {
  name: string;
  enabled?: boolean;
  events: string[];
  type?: 'http' | 'slack';
  address: string;
  payload_format?: 'Default' | 'CloudEvents';
  skip_cert_verify?: boolean;
}

export interface ProjectSpec {
  name: string;
  public?: boolean;
  scan_on_push?: boolean;
  sbom_on_push?: boolean;
  require_signatures?: { cosign?: boolean; notation?: boolean };
  prevent_vulnerable?: false | Severity;
  cve_allowlist?: AllowlistSpec & { reuse_system?: boolean };
  immutability_rules?: ImmutabilityRuleSpec[];
  retention?: { schedule?: string; rules: RetentionRuleSpec[] };
  robots?: RobotSpec[];
  webhooks?: WebhookSpec[];
}

export interface PolicyDocument {
  version: 1;
  system?: {
    scan_all_schedule?: string;
    cve_allowlist?: AllowlistSpec & { items: AllowlistEntry[] };
  };
  projects?: ProjectSpec[];
}

/** A path into the document, as ajv and the yaml package both understand it. */
export type DocPath = readonly (string | number)[];

/** Where a field sits in the file, so later checks can name file, line and field. */
export interface SourceLocator {
  readonly file: string;
  /** 1-based line of the value at `path` (of the key itself when `key` is true). */
  lineOf(path: DocPath, key?: boolean): number;
}

/** `projects[0].immutability_rules[2].tags`: how every message names a field. */
export function fieldName(path: DocPath): string {
  let out = '';
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out === '' ? '(document)' : out;
}
