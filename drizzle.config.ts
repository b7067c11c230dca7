import { defineConfig } from 'drizzle-kit';

// Migrations are generated from every module's *.tables.ts and committed; never edit one that landed.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/src/platform/**/*.tables.ts', './server/src/modules/**/*.tables.ts'],
  out: './server/drizzle',
});
