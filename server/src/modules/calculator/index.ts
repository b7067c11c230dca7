export { calculatorRoutes } from './calculator.routes.ts';
