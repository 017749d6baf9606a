import { Type, type Static } from 'typebox';

export const HealthSchema = Type.Object({ status: Type.Literal('ok') });
export type Health = Static<typeof HealthSchema>;
