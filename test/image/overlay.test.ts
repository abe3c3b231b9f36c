import { describe, expect, it } from 'vitest';
import { Overlay } from '../../src/image/overlay.js';
import type { Digest } from '../../src/oci/digest.js';

// Layers walked side by side finish in any order; the overlay must still
// apply them bottom up, each layer's deletions acting on the layers below it.

const L0 = `sha256:${'0'.repeat(64)}` as Digest;
const L1 = `sha256:${'1'.repeat(64)}` as Digest;
const L2 = `sha256:${'2'.repeat(64)}` as Digest;
const bytes = (s: string) => Buffer.from(s);

describe('Overlay with layers finishing out of order', () => {
  it('a whiteout in a layer that ends first still deletes the lower layer’s file once that one ends', () => {
    const overlay = new Overlay();
    const top = overlay.layer(1, L1);
    const base = overlay.layer(0, L0);
    top.entry('etc/.wh.motd', false);
    top.end();
    expect(overlay.files.size).toBe(0);
    base.entry('etc/motd', false);
    base.addFile('etc/motd', bytes('base'));
    base.entry('etc/hostname', false);
    base.addFile('etc/hostname', bytes('h'));
    base.end();
    expect([...overlay.files.keys()]).toEqual(['etc/hostname']);
    expect(overlay.unsettled).toBe(0);
  });

  it('a higher layer’s deletions never touch its own files or the files of layers above it', () => {
    const overlay = new Overlay();
    const base = overlay.layer(0, L0);
    const middle = overlay.layer(1, L1);
    const top = overlay.layer(2, L2);
    top.entry('opt/app/a', false);
    top.addFile('opt/app/a', bytes('top'));
    top.end();
    // An opaque directory in the middle layer hides the base's opt/app, not the top's file.
    middle.entry('opt/app/.wh..wh..opq', false);
    middle.entry('opt/app/b', false);
    middle.addFile('opt/app/b', bytes('middle'));
    middle.end();
    base.entry('opt/app/old', false);
    base.addFile('opt/app/old', bytes('base'));
    base.end();
    expect([...overlay.files].map(([p, f]) => [p, f.layer, f.bytes.toString()]).sort()).toEqual([
      ['opt/app/a', L2, 'top'],
      ['opt/app/b', L1, 'middle'],
    ]);
  });

  it('deletions made while the layer below is still open wait for it, then apply live', () => {
    const overlay = new Overlay();
    const base = overlay.layer(0, L0);
    const top = overlay.layer(1, L1);
    base.entry('a', false);
    base.addFile('a', bytes('a0'));
    top.entry('.wh.a', false); // recorded: layer 0 is still being walked
    base.entry('b', false);
    base.addFile('b', bytes('b0'));
    base.end(); // layer 0 applied, then layer 1's recorded deletion
    expect([...overlay.files.keys()]).toEqual(['b']);
    top.entry('b', false); // live now: replaces layer 0's b
    top.addSymlink('b', 'a');
    top.end();
    expect([...overlay.files.keys()]).toEqual([]);
    expect(overlay.symlinkTargets()).toEqual(new Map([['b', 'a']]));
  });

  it('a layer is applied only once every layer below it has been', () => {
    const overlay = new Overlay();
    const top = overlay.layer(2, L2);
    top.addFile('x', bytes('2'));
    top.end();
    const middle = overlay.layer(1, L1);
    middle.addFile('y', bytes('1'));
    middle.end();
    expect(overlay.files.size).toBe(0);
    expect(overlay.unsettled).toBe(2);
    overlay.layer(0, L0).end();
    expect([...overlay.files.keys()].sort()).toEqual(['x', 'y']);
    expect(() => overlay.layer(1, L1)).toThrow(/opened twice/);
  });
});
