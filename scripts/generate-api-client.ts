import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

// `npm run api:generate`: rewrites the web app's API types after a route schema changed.
await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`Wrote ${fileURLToPath(API_TYPES_FILE)}`);
