export * from './domain.ts';
export * from './permissions.ts';
