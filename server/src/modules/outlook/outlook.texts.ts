// The outlook workbook's words in the six languages (the screen has its own, in the client's locale files).
import type { Language } from '@rbm/shared';
import type { OutlookVerdictCode } from '@rbm/shared/schemas';

export interface OutlookTexts {
  sheet: string;
  title: (year: number) => string;
  approvedOnly: string;
  withDrafts: string;
  asOf: (quarter: string) => string;
  columns: [string, string, string, string, string, string, string, string, string, string];
  verdict: Record<OutlookVerdictCode, string>;
}

export const OUTLOOK_TEXTS: Record<Language, OutlookTexts> = {
  en: {
    sheet: 'Outlook',
    title: (y) => `Will we make ${y}? Targets, forecasts and gaps`,
    approvedOnly: 'Approved values only',
    withDrafts: 'Includes draft and submitted values',
    asOf: (q) => `as of ${q}`,
    columns: [
      'Code',
      'KPI',
      'Sector',
      'Priority',
      'Target',
      'Target year',
      'Forecast',
      'Gap',
      'Likely year',
      'Outlook',
    ],
    verdict: {
      on_course: 'On course',
      later: 'Later than planned',
      away: 'Not at this pace',
      no_forecast: 'Too few values to forecast',
      no_target: 'No target',
    },
  },
  fr: {
    sheet: 'Perspectives',
    title: (y) => `Y arriverons-nous en ${y} ? Cibles, prévisions et écarts`,
    approvedOnly: 'Valeurs approuvées uniquement',
    withDrafts: 'Y compris les valeurs en brouillon et soumises',
    asOf: (q) => `au ${q}`,
    columns: [
      'Code',
      'ICP',
      'Secteur',
      'Priorité',
      'Cible',
      'Année cible',
      'Prévision',
      'Écart',
      'Année probable',
      'Perspective',
    ],
    verdict: {
      on_course: 'En bonne voie',
      later: 'Plus tard que prévu',
      away: 'Pas à ce rythme',
      no_forecast: 'Trop peu de valeurs pour prévoir',
      no_target: 'Pas de cible',
    },
  },
  es: {
    sheet: 'Perspectivas',
    title: (y) => `¿Lo lograremos en ${y}? Metas, previsiones y brechas`,
    approvedOnly: 'Solo valores aprobados',
    withDrafts: 'Incluye valores en borrador y presentados',
    asOf: (q) => `a ${q}`,
    columns: [
      'Código',
      'KPI',
      'Sector',
      'Prioridad',
      'Meta',
      'Año de la meta',
      'Previsión',
      'Brecha',
      'Año probable',
      'Perspectiva',
    ],
    verdict: {
      on_course: 'En camino',
      later: 'Más tarde de lo previsto',
      away: 'No a este ritmo',
      no_forecast: 'Muy pocos valores para prever',
      no_target: 'Sin meta',
    },
  },
  ar: {
    sheet: 'التوقعات',
    title: (y) => `هل سنحقق أهداف ${y}؟ الغايات والتوقعات والفجوات`,
    approvedOnly: 'القيم المعتمدة فقط',
    withDrafts: 'تشمل القيم المسودة والمقدمة',
    asOf: (q) => `حتى ${q}`,
    columns: [
      'الرمز',
      'مؤشر الأداء',
      'القطاع',
      'الأولوية',
      'الغاية',
      'سنة الغاية',
      'التوقع',
      'الفجوة',
      'السنة المرجحة',
      'التوقعات',
    ],
    verdict: {
      on_course: 'على المسار الصحيح',
      later: 'في وقت لاحق عن المخطط',
      away: 'ليس بهذه الوتيرة',
      no_forecast: 'قيم قليلة جداً للتنبؤ',
      no_target: 'لا توجد غاية',
    },
  },
  ru: {
    sheet: 'Прогноз',
    title: (y) => `Успеем ли к ${y} году? Цели, прогнозы и отставания`,
    approvedOnly: 'Только утверждённые значения',
    withDrafts: 'Включая черновые и представленные значения',
    asOf: (q) => `на ${q}`,
    columns: [
      'Код',
      'КПЭ',
      'Сектор',
      'Приоритет',
      'Цель',
      'Год цели',
      'Прогноз',
      'Разрыв',
      'Вероятный год',
      'Оценка',
    ],
    verdict: {
      on_course: 'По плану',
      later: 'Позже плана',
      away: 'Не при таком темпе',
      no_forecast: 'Слишком мало значений для прогноза',
      no_target: 'Нет цели',
    },
  },
  zh: {
    sheet: '展望',
    title: (y) => `${y} 年能否实现？目标、预测与差距`,
    approvedOnly: '仅限已批准的数值',
    withDrafts: '包括草稿和已提交的数值',
    asOf: (q) => `截至 ${q}`,
    columns: [
      '代码',
      '关键绩效指标',
      '部门',
      '优先事项',
      '目标',
      '目标年份',
      '预测',
      '差距',
      '可能年份',
      '展望',
    ],
    verdict: {
      on_course: '按计划推进',
      later: '晚于计划',
      away: '按此速度无法实现',
      no_forecast: '数值太少，无法预测',
      no_target: '无目标',
    },
  },
};
