import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OSV_DIR, type OsvExportServer } from './advisories/osv-fixtures.js';
import { type ActionRun, leaks, runJsAction } from './harness/action-runner.js';
import { HarborEmulator } from './harness/harbor-emulator.js';
import { REPO_ROOT } from './harness/peers.js';
import { startAlpineAdvisories } from './scan/scan-fixtures.js';

// The pull-request comment of actions/policy and actions/scan, through their
// dist bundles, against GitHub's issue-comment endpoints as documented:
// GET/POST /repos/{owner}/{repo}/issues/{n}/comments, PATCH
// /repos/{owner}/{repo}/issues/comments/{id}. A run for a fork's pull request
// gets a read-only token: GitHub answers 403 to the writes, not to the reads.

const TOKEN = `ghs_${Math.random().toString(36).slice(2)}prtoken`;
const REPOSITORY = 'lading-test/app';

interface Comment {
  id: number;
  body: string;
}

interface FakeGitHub {
  url: string;
  comments: Comment[];
  requests: { method: string; url: string; authorization: string | undefined }[];
  /** When set, every write (POST, PATCH) is answered with this status. */
  refuseWrites?: number;
  server: Server;
}

async function startGitHub(): Promise<FakeGitHub> {
  const api: Omit<FakeGitHub, 'url' | 'server'> = { comments: [], requests: [] };
  let next = 100;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? '';
      const url = req.url ?? '';
      api.requests.push({ method, url, authorization: req.headers.authorization });
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const path = url.split('?')[0] ?? '';
      const list = new RegExp(`^/repos/${REPOSITORY}/issues/(\\d+)/comments$`).exec(path);
      const one = new RegExp(`^/repos/${REPOSITORY}/issues/comments/(\\d+)$`).exec(path);
      if (method !== 'GET' && api.refuseWrites) {
        return send(api.refuseWrites, { message: 'Resource not accessible by integration' });
      }
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Comment)
        : undefined;
      if (list && method === 'GET') return send(200, api.comments);
      if (list && method === 'POST' && body) {
        const made = { id: next++, body: body.body };
        api.comments.push(made);
        return send(201, made);
      }
      const existing = one ? api.comments.find((c) => c.id === Number(one[1])) : undefined;
      if (existing && method === 'PATCH' && body) {
        existing.body = body.body;
        return send(200, existing);
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const fake = api as FakeGitHub;
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.server = server;
  return fake;
}

/** The event of a run for pull request #7, from a branch of the repository or from a fork. */
function pullRequestEvent(from: 'branch' | 'fork'): string {
  const head = from === 'fork' ? 'someone/app' : REPOSITORY;
  return JSON.stringify({
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { repo: { full_name: head } },
      base: { repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, name: 'app', owner: { login: 'lading-test' } },
  });
}

let dir: string;
let github: FakeGitHub;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-action-pr-comment-'));
  await writeFile(join(dir, 'policy.yml'), 'version: 1\nprojects:\n  - name: shop\n    scan_on_push: true\n');
  await writeFile(join(dir, 'pushed.yml'), 'version: 1\nprojects:\n  - name: warehouse\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  github = await startGitHub();
});
afterEach(() => new Promise<void>((done) => github.server.close(() => done())));

/** An action as the runner runs it for `event` (a pull request's, or a push with none). */
async function runAction(
  action: 'policy' | 'scan',
  inputs: Record<string, string>,
  event: 'branch' | 'fork' | 'push',
): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(dir, 'runner-'));
  await writeFile(join(runnerTemp, 'event.json'), event === 'push' ? '{}' : pullRequestEvent(event));
  return runJsAction(join(REPO_ROOT, 'actions', action), {
    inputs: { 'github-token': TOKEN, ...inputs },
    workspace: dir,
    runnerTemp,
    env: { PATH: process.env.PATH, HOME: dir },
    github: { event_name: event === 'push' ? 'push' : 'pull_request', api_url: github.url },
  });
}

describe('actions/policy: the pull-request comment', () => {
  let harbor: HarborEmulator;
  beforeEach(async () => {
    harbor = await HarborEmulator.start();
  });
  afterEach(() => harbor.close());
  const plan = () => ({
    file: join(dir, 'policy.yml'),
    'harbor-url': harbor.url,
    username: 'admin',
    password: 'Harbor12345',
    mode: 'plan',
  });

  it('one comment per pull request, edited in place by the next run; none on a push', async () => {
    const first = await runAction('policy', plan(), 'branch');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('commented on pull request #7');
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(comment!.body.startsWith('<!-- lading:registry-policy -->\n')).toBe(true);
    expect(comment!.body).toContain('shop');
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);

    // A later push to the pull request changed the policy file: the comment shows the new plan.
    const second = await runAction('policy', { ...plan(), file: join(dir, 'pushed.yml') }, 'branch');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('updated the comment on pull request #7');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(comment!.id);
    expect(github.comments[0]!.body).toMatch(/^<!-- lading:registry-policy -->\n[\s\S]*warehouse/);
    expect(github.comments[0]!.body).not.toContain('shop');
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);

    const push = await runAction('policy', plan(), 'push');
    expect(push.code).toBe(0);
    expect(github.requests).toHaveLength(4);
    for (const r of [first, second, push]) expect(leaks(r.stdout, TOKEN)).toBe(false);
  });

  const refused = 'Resource not accessible by integration';
  it.each([
    {
      why: "a fork's read-only token warns, naming the pull request and the fork; the step passes",
      event: 'fork',
      status: 403,
      expected: {
        level: 'warning',
        message: `comment: cannot comment on pull request #7 (HTTP 403: ${refused}): it comes from the fork someone/app, and runs for a fork's pull request get a read-only token; the job summary holds the report`,
      },
    },
    {
      why: 'a 403 on a pull request from a branch warns, naming the permission to grant; the step passes',
      event: 'branch',
      status: 403,
      expected: {
        level: 'warning',
        message: `comment: cannot comment on pull request #7 (HTTP 403: ${refused}): the token may not write to it; grant the job \`permissions: pull-requests: write\` (the job summary holds the report)`,
      },
    },
    {
      why: 'any other refusal fails the step, naming the pull request and the status',
      event: 'branch',
      status: 422,
      expected: {
        level: 'error',
        message: `comment: commenting on pull request #7 failed (HTTP 422): ${refused}`,
      },
    },
  ] as const)('$why', async ({ event, status, expected }) => {
    github.refuseWrites = status;
    const r = await runAction('policy', plan(), event);
    expect(r.code).toBe(expected.level === 'error' ? 1 : 0);
    expect(r.annotations).toContainEqual(expected);
    expect(r.summary).toContain('shop');
    expect(github.comments).toEqual([]);
    expect(leaks(r.stdout, TOKEN)).toBe(false);
  });

  it('a bad comment value fails before Harbor is asked anything', async () => {
    const r = await runAction('policy', { ...plan(), comment: 'yes' }, 'branch');
    expect(r.code).toBe(1);
    expect(r.annotations).toContainEqual({
      level: 'error',
      message: 'comment: must be true or false, not "yes"',
    });
    expect(harbor.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });
});

describe.skipIf(!OSV_DIR)('actions/scan: the pull-request comment', () => {
  let osv: OsvExportServer;
  beforeAll(async () => {
    osv = await startAlpineAdvisories();
  });
  afterAll(() => osv?.stop());
  const scan = () => ({
    sbom: join(REPO_ROOT, 'test/fixtures/sbom/syft-alpine-3.20.3.spdx.json'),
    'db-dir': join(dir, 'db'),
    'osv-url': osv.url,
    'upload-artifact': 'false',
  });

  it('comments the findings on the pull request, and from a fork only warns', async () => {
    const r = await runAction('scan', scan(), 'branch');
    expect(r.code).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toMatch(
      /^<!-- lading:scan -->\n### lading scan: `alpine@sha256:[0-9a-f]{64}`\n/,
    );
    expect(github.comments[0]!.body).toMatch(/\n\d+ open finding\(s\); no base was given/);

    github.refuseWrites = 403;
    const fork = await runAction('scan', scan(), 'fork');
    expect(fork.code).toBe(0);
    expect(fork.annotations.some((a) => a.level === 'warning' && /fork someone\/app/.test(a.message))).toBe(
      true,
    );
    for (const run of [r, fork]) expect(leaks(run.stdout, TOKEN)).toBe(false);
  });
});
