// The Harbor API v2.0 bodies lading reads and writes, named as in the swagger
// definitions (shared/reference/harbor-api-v2.0-swagger.yaml). Only the fields
// lading uses are listed; Harbor sends more.

export interface HarborError {
  code: string;
  message: string;
}

export interface CveAllowlist {
  id?: number;
  project_id?: number;
  /** Unix seconds; absent or null: never expires. */
  expires_at?: number | null;
  items?: { cve_id: string }[];
}

/** Every value is a string: "true"/"false" for flags (ProjectMetadata). */
export type ProjectMetadata = Record<string, string>;

export interface Project {
  project_id: number;
  name: string;
  metadata?: ProjectMetadata;
  cve_allowlist?: CveAllowlist;
}

export interface ProjectReq {
  project_name?: string;
  metadata?: ProjectMetadata;
  cve_allowlist?: CveAllowlist;
}

export interface Selector {
  kind: string;
  decoration: string;
  pattern: string;
  extras?: string;
}

export interface ImmutableRule {
  id?: number;
  priority?: number;
  disabled?: boolean;
  action?: string;
  template?: string;
  params?: Record<string, unknown>;
  tag_selectors?: Selector[];
  scope_selectors?: Record<string, Selector[]>;
}

export interface RetentionRule {
  id?: number;
  priority?: number;
  disabled?: boolean;
  action?: string;
  template?: string;
  params?: Record<string, unknown>;
  tag_selectors?: Selector[];
  scope_selectors?: Record<string, Selector[]>;
}

export interface RetentionPolicy {
  id?: number;
  algorithm?: string;
  rules?: RetentionRule[];
  trigger?: { kind?: string; settings?: Record<string, unknown>; references?: Record<string, unknown> };
  scope?: { level?: string; ref?: number };
}

export interface RobotAccess {
  resource: string;
  action: string;
  effect?: string;
}

export interface RobotPermission {
  kind: string;
  namespace: string;
  access: RobotAccess[];
}

export interface Robot {
  id: number;
  /** As Harbor returns it: with the prefix, e.g. `robot$apps+ci-push`. */
  name: string;
  description?: string;
  level?: string;
  duration?: number | null;
  disable?: boolean;
  editable?: boolean;
  expires_at?: number;
  permissions?: RobotPermission[];
}

export interface RobotCreate {
  name: string;
  description?: string;
  level: 'project' | 'system';
  disable?: boolean;
  duration: number;
  permissions: RobotPermission[];
}

export interface RobotCreated {
  id: number;
  name: string;
  secret: string;
  creation_time?: string;
  expires_at?: number;
}

export interface WebhookTarget {
  type: string;
  address: string;
  auth_header?: string;
  skip_cert_verify?: boolean;
  payload_format?: string;
}

export interface WebhookPolicy {
  id?: number;
  name: string;
  description?: string;
  project_id?: number;
  enabled: boolean;
  event_types: string[];
  targets: WebhookTarget[];
}

export interface Schedule {
  schedule?: { type?: string; cron?: string; next_scheduled_time?: string };
}

/** Entry of `scan_overview`, keyed by report MIME type (NativeReportSummary). */
export interface ScanOverview {
  report_id?: string;
  scan_status?: string;
  severity?: string;
  complete_percent?: number;
  summary?: { total?: number; fixable?: number; summary?: Record<string, number> };
}

export interface Artifact {
  id?: number;
  digest?: string;
  scan_overview?: Record<string, ScanOverview>;
  sbom_overview?: { scan_status?: string; sbom_digest?: string; report_id?: string };
}
