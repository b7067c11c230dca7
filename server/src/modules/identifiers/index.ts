export { identifiersRoutes } from './identifiers.routes.ts';
