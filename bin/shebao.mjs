#!/usr/bin/env node
// `npx shebao …`: the administration command line, run from the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../server/src/cli.ts');
