export * from './domain.ts';
export * from './permissions.ts';
export * from './passwords.ts';
export * from './period-label.ts';
export * from './delimited-text.ts';
export * from './framework-checks.ts';
export * from './default-plan.ts';
export * from './retired-items.ts';
