// Which Dockerfile line made each layer of an image, so a finding's annotation
// lands on the instruction a reviewer would change (the RUN that installed the
// package, the COPY that brought the lockfile) rather than on the FROM line.
//
// The image config's `history` has one entry per instruction the builder ran,
// oldest first, with `empty_layer: true` for those that made no layer; the
// manifest's layers pair, in order, with the entries that did. The final
// stage's own instructions are the newest entries: they are aligned with the
// Dockerfile from the end, each entry against the instruction it should be
// (same keyword; RUN, COPY and ADD also compare their text, because BuildKit
// records it). When the stage's base is an earlier stage of the same
// Dockerfile, alignment goes on into that stage. Whatever is older is the base
// image's, and points at the FROM line that names it. An entry that does not
// align (the Dockerfile changed since the build, or a builder that records
// history differently) stops the alignment: it and everything older point at
// the FROM line with a note saying the instruction is not known.

/** An entry of the image config's `history`, as builders write it. */
export interface HistoryEntry {
  created_by?: string;
  empty_layer?: boolean;
  comment?: string;
}

export interface Instruction {
  keyword: string;
  /** The arguments, continuation lines joined, comments dropped, runs of spaces made one. */
  body: string;
  /** 1-based line the instruction starts on. */
  line: number;
  heredoc: boolean;
}

export interface Stage {
  /** The FROM instruction. */
  from: Instruction;
  /** `FROM image AS name`. */
  name?: string;
  /** What FROM names (an image, or an earlier stage's name). */
  base: string;
  instructions: Instruction[];
}

export interface LayerOrigin {
  line: number;
  /** `instruction`: the line that made the layer; `base`: a layer of the base image, at its FROM. */
  kind: 'instruction' | 'base' | 'unknown';
  /** The instruction's text, short, for messages (`RUN apk add curl`). */
  instruction: string;
  /** For `base` and `unknown`: what a reviewer should know. */
  note?: string;
}

/** The Dockerfile's stages, each with its instructions and their first lines. */
export function parseDockerfile(text: string): Stage[] {
  const lines = text.split(/\r?\n/);
  const escapeChar = /^#\s*escape\s*=\s*`\s*$/im.test(lines.slice(0, 5).join('\n')) ? '`' : '\\';
  const stages: Stage[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as string;
    const start = i;
    i++;
    if (/^\s*(#.*)?$/.test(first)) continue;
    let joined = first;
    // Continuation lines; comment lines inside an instruction are dropped, as the parser does.
    while (joined.trimEnd().endsWith(escapeChar) && i < lines.length) {
      joined = joined.trimEnd().slice(0, -1);
      const next = lines[i] as string;
      i++;
      if (/^\s*#/.test(next)) {
        joined += escapeChar;
        continue;
      }
      joined += ` ${next}`;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
    if (!m) continue;
    const keyword = (m[1] as string).toUpperCase();
    const body = collapse(m[2] as string);
    const heredocs = [...body.matchAll(/<<(-?)(["']?)([A-Za-z_][\w]*)\2/g)];
    for (const h of heredocs) {
      const word = h[3] as string;
      const strip = h[1] === '-';
      while (i < lines.length) {
        const l = lines[i] as string;
        i++;
        if ((strip ? l.replace(/^\t+/, '') : l) === word) break;
      }
    }
    const instruction: Instruction = { keyword, body, line: start + 1, heredoc: heredocs.length > 0 };
    if (keyword === 'FROM') {
      const words = body.split(/\s+/).filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toLowerCase() === 'as');
      stages.push({
        from: instruction,
        base: words[0] ?? '',
        ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}),
        instructions: [],
      });
    } else if (stages.length > 0) {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}

/**
 * Where each layer of an image came from in `dockerfile` (its final stage, or
 * `target`), by layer digest. `layers` are the manifest's, in order.
 */
export function layerOrigins(
  dockerfile: string,
  layers: readonly string[],
  history: readonly HistoryEntry[],
  target?: string,
): Map<string, LayerOrigin> {
  const stages = parseDockerfile(dockerfile);
  const origins = new Map<string, LayerOrigin>();
  const last = target ? stages.find((s) => s.name?.toLowerCase() === target.toLowerCase()) : stages.at(-1);
  if (!last) return origins;
  const chain = stageChain(stages, last);
  const root = chain.at(-1) as Stage;
  const fromOfRoot = (note: string, kind: 'base' | 'unknown'): LayerOrigin => ({
    line: root.from.line,
    kind,
    instruction: short(root.from),
    note,
  });
  const unknown = fromOfRoot(
    'the build history does not say which instruction made this layer; pointing at FROM',
    'unknown',
  );
  const layered = history.filter((h) => !h.empty_layer);
  if (layered.length !== layers.length) {
    // Without a one-to-one pairing no layer can be placed honestly.
    for (const l of layers) origins.set(l, unknown);
    return origins;
  }
  // Each history entry's instruction, aligned from the newest entry back.
  const placed: (LayerOrigin | undefined)[] = history.map(() => undefined);
  let h = history.length - 1;
  let aligned = true;
  for (const stage of chain) {
    for (let k = stage.instructions.length - 1; k >= 0 && h >= 0; k--) {
      const instruction = stage.instructions[k] as Instruction;
      if (!matches(history[h] as HistoryEntry, instruction)) {
        // Builders disagree on recording ARG: one missing from the history is no misalignment.
        if (instruction.keyword === 'ARG') continue;
        aligned = false;
        break;
      }
      placed[h] = { line: instruction.line, kind: 'instruction', instruction: short(instruction) };
      h--;
    }
    if (!aligned) break;
  }
  const base = fromOfRoot(`a layer of the base image ${root.base}`, 'base');
  let next = 0;
  for (const [index, entry] of history.entries()) {
    if (entry.empty_layer) continue;
    const layer = layers[next++] as string;
    // Older than the aligned instructions: the base image's when alignment reached the root FROM.
    origins.set(layer, placed[index] ?? (aligned && index <= h ? base : unknown));
  }
  return origins;
}

/** The stage, then the earlier stages it is built FROM, newest first. */
function stageChain(stages: readonly Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  let current = stage;
  for (;;) {
    const index = stages.indexOf(current);
    const parent = stages
      .slice(0, index)
      .reverse()
      .find((s) => s.name !== undefined && s.name.toLowerCase() === current.base.toLowerCase());
    if (!parent || chain.includes(parent)) return chain;
    chain.push(parent);
    current = parent;
  }
}

/** Whether a history entry records this instruction. */
function matches(entry: HistoryEntry, instruction: Instruction): boolean {
  const recorded = recordedInstruction(entry.created_by ?? '');
  if (!recorded || recorded.keyword !== instruction.keyword) return false;
  if (recorded.body === undefined || instruction.heredoc) return true;
  if (!['RUN', 'COPY', 'ADD'].includes(instruction.keyword)) return true;
  const own = comparable(instruction.body);
  // BuildKit prefixes RUN with the shell and the build args it saw; the command is the tail.
  return instruction.keyword === 'RUN' ? recorded.body.endsWith(own) : recorded.body === own;
}

/**
 * `created_by` as a keyword and, when the builder kept it, the text:
 * BuildKit writes `RUN /bin/sh -c cmd # buildkit`, `COPY src dst # buildkit`,
 * `ENV K=V`; the classic builder `/bin/sh -c #(nop)  CMD ["x"]`,
 * `/bin/sh -c #(nop) COPY file:… in /dst ` and `|1 K=V /bin/sh -c cmd` for RUN.
 */
export function recordedInstruction(createdBy: string): { keyword: string; body?: string } | undefined {
  let text = createdBy.trim().replace(/\s*# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s+([A-Za-z]+)\b/.exec(text);
  // The classic builder rewrites COPY/ADD sources as content hashes: only the keyword compares.
  if (nop) return { keyword: (nop[1] as string).toUpperCase() };
  if (/^(\|\d+ |\/bin\/sh -c )/.test(text)) text = `RUN ${text}`;
  const m = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(text);
  if (!m) return undefined;
  return { keyword: (m[1] as string).toUpperCase(), body: collapse(m[2] ?? '') };
}

/** An instruction's text as BuildKit records it: flags (`--from`, `--mount`, `--chown`…) left out. */
function comparable(body: string): string {
  let text = body.trim();
  if (text.startsWith('[')) {
    try {
      const args = JSON.parse(text) as unknown;
      if (Array.isArray(args) && args.every((a) => typeof a === 'string')) text = args.join(' ');
    } catch {
      // Not JSON after all: the shell form, compared as written.
    }
  }
  while (/^--\S+/.test(text)) text = text.replace(/^--\S+\s*/, '');
  return collapse(text);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function short(instruction: Instruction): string {
  const text = `${instruction.keyword} ${collapse(instruction.body)}`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
