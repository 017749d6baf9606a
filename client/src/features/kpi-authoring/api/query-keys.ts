export const kpiAuthoringKeys = {
  all: ['kpi-authoring'] as const,
  definitions: (plan: string) => [...kpiAuthoringKeys.all, 'definitions', plan] as const,
};
