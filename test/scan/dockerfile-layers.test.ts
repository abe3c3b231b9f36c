import { describe, expect, it } from 'vitest';
import {
  type HistoryEntry,
  layerOrigins,
  parseDockerfile,
  recordedInstruction,
} from '../../src/scan/dockerfile-layers.js';

// Layers → the Dockerfile line that made them, from image config history as
// BuildKit (docker buildx, the build-push action) and the classic builder
// write it.

const BK = 'buildkit.dockerfile.v0';
const layer = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** A Node service on Alpine, multi-stage, as people write them. */
const DOCKERFILE = [
  '# syntax=docker/dockerfile:1', // 1
  'ARG NODE=20', // 2
  'FROM node:$NODE-alpine AS build', // 3
  'WORKDIR /src', // 4
  'COPY package.json package-lock.json ./', // 5
  'RUN --mount=type=cache,target=/root/.npm \\', // 6
  '    npm ci', // 7
  'COPY . .', // 8
  'RUN npm run build', // 9
  '', // 10
  'FROM alpine:3.20 AS runtime', // 11
  'ARG VERSION', // 12
  '# OpenSSL for outbound TLS', // 13
  'RUN apk add --no-cache \\', // 14
  '      libssl3 \\', // 15
  '      ca-certificates', // 16
  'ENV NODE_ENV=production', // 17
  'WORKDIR /app', // 18
  'COPY --from=build --chown=1000:1000 /src/dist /app', // 19
  'USER 1000', // 20
  'CMD ["node", "/app/index.js"]', // 21
].join('\n');

/** The runtime image's history, as `docker buildx build` recorded it (alpine's own two entries first). */
const HISTORY: HistoryEntry[] = [
  { created_by: '/bin/sh -c #(nop) ADD file:5758b97d8301c84a204a6e516241275d785a7cb2f3aa2a3a0e5bd6d3 in / ' },
  { created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
  { created_by: 'ARG VERSION', comment: BK, empty_layer: true },
  {
    created_by:
      'RUN |1 VERSION=1.4.2 /bin/sh -c apk add --no-cache       libssl3       ca-certificates # buildkit',
    comment: BK,
  },
  { created_by: 'ENV NODE_ENV=production', comment: BK, empty_layer: true },
  { created_by: 'WORKDIR /app', comment: BK },
  { created_by: 'COPY /src/dist /app # buildkit', comment: BK },
  { created_by: 'USER 1000', comment: BK, empty_layer: true },
  { created_by: 'CMD ["node" "/app/index.js"]', comment: BK, empty_layer: true },
];
const LAYERS = [layer(1), layer(2), layer(3), layer(4)];

describe('parseDockerfile', () => {
  it('reads stages, names, continuation lines and first lines', () => {
    const stages = parseDockerfile(DOCKERFILE);
    expect(stages.map((s) => [s.name, s.base, s.from.line])).toEqual([
      ['build', 'node:$NODE-alpine', 3],
      ['runtime', 'alpine:3.20', 11],
    ]);
    const run = stages[1]?.instructions.find((i) => i.keyword === 'RUN');
    expect(run).toMatchObject({ line: 14, body: 'apk add --no-cache libssl3 ca-certificates' });
    expect(stages[0]?.instructions.map((i) => `${i.line} ${i.keyword}`)).toEqual([
      '4 WORKDIR',
      '5 COPY',
      '6 RUN',
      '8 COPY',
      '9 RUN',
    ]);
  });

  it('skips heredoc bodies and comment lines inside an instruction', () => {
    const stages = parseDockerfile(
      [
        'FROM debian:12',
        'RUN <<EOF',
        'apt-get update',
        'FROM not-a-stage',
        'EOF',
        'RUN apt-get install -y \\',
        '# curl for the health check',
        '    curl',
        'COPY x /x',
      ].join('\n'),
    );
    expect(stages).toHaveLength(1);
    expect(stages[0]?.instructions.map((i) => [i.line, i.keyword, i.body])).toEqual([
      [2, 'RUN', '<<EOF'],
      [6, 'RUN', 'apt-get install -y curl'],
      [9, 'COPY', 'x /x'],
    ]);
  });
});

describe('recordedInstruction', () => {
  it('reads BuildKit and classic builder created_by', () => {
    expect(recordedInstruction('RUN /bin/sh -c apk add curl # buildkit')).toEqual({
      keyword: 'RUN',
      body: '/bin/sh -c apk add curl',
    });
    expect(recordedInstruction('COPY /src/dist /app # buildkit')).toEqual({
      keyword: 'COPY',
      body: '/src/dist /app',
    });
    expect(recordedInstruction('/bin/sh -c #(nop) COPY file:abc in /usr/bin ')).toEqual({ keyword: 'COPY' });
    expect(recordedInstruction('|2 A=1 B=2 /bin/sh -c make')).toEqual({
      keyword: 'RUN',
      body: '|2 A=1 B=2 /bin/sh -c make',
    });
    expect(recordedInstruction('/bin/sh -c apt-get update')?.keyword).toBe('RUN');
  });
});

describe('layerOrigins', () => {
  it('maps each layer of a BuildKit image to the instruction that made it, base layers to FROM', () => {
    const origins = layerOrigins(DOCKERFILE, LAYERS, HISTORY);
    expect(origins.get(layer(1))).toMatchObject({
      kind: 'base',
      line: 11,
      note: 'a layer of the base image alpine:3.20',
    });
    // The RUN that installed libssl3 starts on line 14, not the FROM on 11.
    expect(origins.get(layer(2))).toMatchObject({ kind: 'instruction', line: 14 });
    expect(origins.get(layer(2))?.instruction).toBe('RUN apk add --no-cache libssl3 ca-certificates');
    expect(origins.get(layer(3))).toMatchObject({
      kind: 'instruction',
      line: 18,
      instruction: 'WORKDIR /app',
    });
    // --from and --chown are not in BuildKit's record; the copy still matches.
    expect(origins.get(layer(4))).toMatchObject({ kind: 'instruction', line: 19 });
  });

  it('follows FROM into an earlier stage of the same Dockerfile', () => {
    const text = [
      'FROM python:3.12-slim AS deps', // 1
      'RUN pip install --no-cache-dir requests==2.31.0', // 2
      'FROM deps', // 3
      'COPY app.py /app.py', // 4
    ].join('\n');
    const history: HistoryEntry[] = [
      { created_by: '# debian.sh --arch amd64 out/ bookworm @1717977600', comment: 'debuerreotype 0.15' },
      { created_by: 'ENV LANG=C.UTF-8', comment: BK, empty_layer: true },
      { created_by: 'RUN /bin/sh -c pip install --no-cache-dir requests==2.31.0 # buildkit', comment: BK },
      { created_by: 'COPY app.py /app.py # buildkit', comment: BK },
    ];
    const origins = layerOrigins(text, [layer(1), layer(2), layer(3)], history);
    expect([...origins.values()].map((o) => [o.kind, o.line])).toEqual([
      ['base', 1],
      ['instruction', 2],
      ['instruction', 4],
    ]);
    expect(origins.get(layer(1))?.note).toBe('a layer of the base image python:3.12-slim');
  });

  it('an instruction edited since the build stops the alignment: older layers point at FROM as unknown', () => {
    const edited = DOCKERFILE.replace('libssl3', 'libssl3 openssl');
    const origins = layerOrigins(edited, LAYERS, HISTORY);
    expect(origins.get(layer(4))).toMatchObject({ kind: 'instruction', line: 19 });
    expect(origins.get(layer(2))).toMatchObject({ kind: 'unknown', line: 11 });
    expect(origins.get(layer(2))?.note).toMatch(/does not say which instruction made this layer/);
    expect(origins.get(layer(1))?.kind).toBe('unknown');
  });

  it('history that does not pair with the layers (or none, as crane writes) leaves every layer unknown at FROM', () => {
    for (const history of [[], HISTORY.slice(1)]) {
      const origins = layerOrigins(DOCKERFILE, LAYERS, history);
      expect([...origins.values()].every((o) => o.kind === 'unknown' && o.line === 11)).toBe(true);
      expect(origins.size).toBe(4);
    }
  });

  it('reads the classic builder: RUN as /bin/sh -c, COPY by keyword only', () => {
    const text = [
      'FROM ubuntu:22.04',
      'RUN apt-get update && apt-get install -y curl',
      'COPY bin/app /usr/bin/app',
    ].join('\n');
    const history: HistoryEntry[] = [
      { created_by: '/bin/sh -c #(nop) ADD file:8d2f6a4 in / ' },
      { created_by: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', empty_layer: true },
      { created_by: '/bin/sh -c apt-get update && apt-get install -y curl' },
      { created_by: '/bin/sh -c #(nop) COPY file:0c5a8d in /usr/bin/app ' },
    ];
    const origins = layerOrigins(text, [layer(1), layer(2), layer(3)], history);
    expect([...origins.values()].map((o) => [o.kind, o.line])).toEqual([
      ['base', 1],
      ['instruction', 2],
      ['instruction', 3],
    ]);
  });

  it('a named target stage other than the last', () => {
    const origins = layerOrigins(
      'FROM alpine:3.20 AS test\nRUN apk add bats\nFROM alpine:3.20\nRUN apk add curl\n',
      [layer(1), layer(2)],
      [
        { created_by: '/bin/sh -c #(nop) ADD file:1 in / ' },
        { created_by: 'RUN /bin/sh -c apk add bats # buildkit', comment: BK },
      ],
      'test',
    );
    expect(origins.get(layer(2))).toMatchObject({ kind: 'instruction', line: 2 });
  });
});
