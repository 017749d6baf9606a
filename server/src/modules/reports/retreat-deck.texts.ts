// The retreat deck's own words in the six languages; status words, periods, numbers and the Sector titles
// come from the annual deck's catalogue (export-texts/), the forecast table's headers from the outlook's.
import type { Language } from '@rbm/shared';

export interface RetreatDeckTexts {
  title: string;
  basis: (period: string) => string;
  heatmap: string;
  statuses: (period: string) => string;
  figures: (score: string, rank: string, kpis: string) => string;
  unranked: string;
  forecast: (year: number) => string;
  continued: string;
  noKpi: string;
  /** The Sector's registers as last confirmed: risks above appetite, recommendations open and overdue. */
  registers: (above: string, open: string, overdue: string) => string;
}

export const RETREAT_DECK_TEXTS: Readonly<Record<Language, RetreatDeckTexts>> = {
  en: {
    title: 'Comparison for the retreat',
    basis: (p) => `Figures for ${p}`,
    heatmap: 'Score by quarter',
    statuses: (p) => `KPIs by status, ${p}`,
    figures: (score, rank, kpis) => `Score ${score} · rank ${rank} · ${kpis} KPIs`,
    unranked: 'not ranked',
    forecast: (y) => `Will we make ${y}? Forecast of each KPI`,
    continued: '(continued)',
    noKpi: 'No KPI of this Sector has a target.',
    registers: (a, o, d) => `Confirmed: ${a} risks above appetite · ${o} recommendations open, ${d} overdue`,
  },
  fr: {
    title: 'Comparaison pour la retraite',
    basis: (p) => `Chiffres du ${p}`,
    heatmap: 'Score par trimestre',
    statuses: (p) => `ICP par statut, ${p}`,
    figures: (score, rank, kpis) => `Score ${score} · rang ${rank} · ${kpis} ICP`,
    unranked: 'non classé',
    forecast: (y) => `Y arriverons-nous en ${y} ? Prévision de chaque ICP`,
    continued: '(suite)',
    noKpi: 'Aucun ICP de ce Secteur n’a de cible.',
    registers: (a, o, d) =>
      `Confirmé : ${a} risques au-dessus de l’appétence · ${o} recommandations ouvertes, dont ${d} en retard`,
  },
  es: {
    title: 'Comparación para el retiro',
    basis: (p) => `Cifras del ${p}`,
    heatmap: 'Puntuación por trimestre',
    statuses: (p) => `ICR por estado, ${p}`,
    figures: (score, rank, kpis) => `Puntuación ${score} · puesto ${rank} · ${kpis} ICR`,
    unranked: 'sin clasificar',
    forecast: (y) => `¿Lo lograremos en ${y}? Previsión de cada ICR`,
    continued: '(continuación)',
    noKpi: 'Ningún ICR de este Sector tiene meta.',
    registers: (a, o, d) =>
      `Confirmado: ${a} riesgos por encima del apetito · ${o} recomendaciones abiertas, ${d} vencidas`,
  },
  ar: {
    title: 'مقارنة للخلوة',
    basis: (p) => `الأرقام عن ${p}`,
    heatmap: 'الدرجة حسب الربع',
    statuses: (p) => `مؤشرات الأداء الرئيسية حسب الحالة، ${p}`,
    figures: (score, rank, kpis) => `الدرجة ${score} · الترتيب ${rank} · ${kpis} من مؤشرات الأداء`,
    unranked: 'غير مرتّب',
    forecast: (y) => `هل سنبلغ أهداف ${y}؟ توقّع كل مؤشر أداء`,
    continued: '(تابع)',
    noKpi: 'لا يوجد لأي مؤشر أداء في هذا القطاع هدف.',
    registers: (a, o, d) => `مؤكد: ${a} مخاطر فوق القابلية · ${o} توصيات مفتوحة، منها ${d} متأخرة`,
  },
  ru: {
    title: 'Сравнение для выездного совещания',
    basis: (p) => `Данные за ${p}`,
    heatmap: 'Оценка по кварталам',
    statuses: (p) => `КПЭ по статусу, ${p}`,
    figures: (score, rank, kpis) => `Оценка ${score} · место ${rank} · КПЭ: ${kpis}`,
    unranked: 'без места',
    forecast: (y) => `Достигнем ли мы целей ${y} года? Прогноз по каждому КПЭ`,
    continued: '(продолжение)',
    noKpi: 'Ни у одного КПЭ этого Сектора нет цели.',
    registers: (a, o, d) =>
      `Подтверждено: рисков выше допустимого ${a} · открытых рекомендаций ${o}, просроченных ${d}`,
  },
  zh: {
    title: '务虚会比较',
    basis: (p) => `${p}的数据`,
    heatmap: '各季度得分',
    statuses: (p) => `按状态分列的关键绩效指标，${p}`,
    figures: (score, rank, kpis) => `得分 ${score} · 排名 ${rank} · 关键绩效指标 ${kpis} 个`,
    unranked: '未排名',
    forecast: (y) => `${y}年能否实现？各关键绩效指标的预测`,
    continued: '（续）',
    noKpi: '本部门的关键绩效指标均无目标。',
    registers: (a, o, d) => `已确认：高于风险偏好的风险 ${a} 项 · 未结建议 ${o} 项，逾期 ${d} 项`,
  },
};
