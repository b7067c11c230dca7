import createClient from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

/** The typed client of the platform's HTTP API, on the same origin as the web app. */
export const api = createClient<paths>({ baseUrl: '' });

export type Region = components['schemas']['Region'];
export type TransferDestination = components['schemas']['TransferDestination'];

/** What the transfer calculator is asked (the body of `POST /api/v1/transfer-calculator`). */
export type TransferCalculatorRequest =
  paths['/api/v1/transfer-calculator']['post']['requestBody']['content']['application/json'];
export type TransferCalculation = components['schemas']['TransferCalculation'];
export type CitizenAccount = components['schemas']['CitizenAccount'];
export type SignInCodeSent = components['schemas']['SignInCodeSent'];
