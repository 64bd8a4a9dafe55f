#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname */
'use strict';
// The `hybrid-ai` command: runs the compiled CLI (npm run build writes dist/, `npm ci` runs it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'dist', 'bin', 'cli.js');
if (!existsSync(compiled)) {
  process.stderr.write(`hybrid-ai: ${compiled} is missing; run "npm run build" first\n`);
  process.exit(2);
}
require(compiled).runAsProcess(process.argv.slice(2));
