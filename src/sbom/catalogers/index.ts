import type { Cataloger } from '../model.js';
import { apkCataloger } from './apk.js';
import { dotnetCataloger } from './dotnet.js';
import { dpkgCataloger } from './dpkg.js';
import { golangCataloger } from './golang.js';
import { javaCataloger } from './java/index.js';
import { npmCataloger } from './npm/index.js';
import { phpCataloger } from './php.js';
import { pythonCataloger } from './python.js';
import { rpmCataloger } from './rpm.js';
import { rubyCataloger } from './ruby.js';
import { rustCataloger } from './rust.js';

/** Every cataloger, OS package databases first: an image is read once and each sees the files it wants. */
export const ALL_CATALOGERS: readonly Cataloger[] = [
  apkCataloger,
  dpkgCataloger,
  rpmCataloger,
  npmCataloger,
  pythonCataloger,
  golangCataloger,
  javaCataloger,
  rubyCataloger,
  rustCataloger,
  phpCataloger,
  dotnetCataloger,
];
