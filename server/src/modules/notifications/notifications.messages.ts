// The e-mails' words in the six languages; the inbox has the same texts in the client's locale files.
// Placeholders: {priority} {period} {date} {count} {kpis} {overdue} {waiting} {unread} {link} {settings}.
import type { Language } from '@rbm/shared';
import type { NotificationKind } from '@rbm/shared/schemas';

interface Words {
  subject: Record<NotificationKind, string>;
  body: Record<NotificationKind, string>;
  open: string;
  settings: string;
}

export const MAIL_WORDS: Record<Language, Words> = {
  en: {
    subject: {
      deadline_soon: 'Due on {date}: {priority}, {period}',
      deadline_passed: 'Overdue: {priority}, {period}',
      review_waiting: 'Waiting for your review: {priority}, {period}',
      review_returned: 'Returned: {priority}, {period}',
      review_approved: 'Approved: {priority}, {period}',
      weekly_digest: 'Your week in the RBM dashboard',
    },
    body: {
      deadline_soon:
        'The values of {priority} for {period} are due on {date} and the quarter is not submitted yet.',
      deadline_passed:
        'The values of {priority} for {period} were due on {date}. The quarter is still not submitted.',
      review_waiting: '{priority} submitted {period}; it waits for your decision.',
      review_returned:
        'A reviewer returned {count} KPI(s) of {priority} for {period}: {kpis}. Correct them and submit again.',
      review_approved: 'A reviewer approved {priority} for {period}.',
      weekly_digest:
        'Overdue quarters: {overdue}. Waiting for your review: {waiting}. Unread notices: {unread}.',
    },
    open: 'Open: {link}',
    settings: 'Choose what you receive: {settings}',
  },
  fr: {
    subject: {
      deadline_soon: 'À remettre le {date} : {priority}, {period}',
      deadline_passed: 'En retard : {priority}, {period}',
      review_waiting: 'En attente de votre examen : {priority}, {period}',
      review_returned: 'Renvoyé : {priority}, {period}',
      review_approved: 'Approuvé : {priority}, {period}',
      weekly_digest: 'Votre semaine dans le tableau de bord GAR',
    },
    body: {
      deadline_soon:
        "Les valeurs de {priority} pour {period} sont à remettre le {date} et le trimestre n'est pas encore soumis.",
      deadline_passed:
        "Les valeurs de {priority} pour {period} étaient à remettre le {date}. Le trimestre n'est toujours pas soumis.",
      review_waiting: '{priority} a soumis {period} ; le trimestre attend votre décision.',
      review_returned:
        'Un examinateur a renvoyé {count} KPI de {priority} pour {period} : {kpis}. Corrigez-les et soumettez à nouveau.',
      review_approved: 'Un examinateur a approuvé {priority} pour {period}.',
      weekly_digest:
        'Trimestres en retard : {overdue}. En attente de votre examen : {waiting}. Avis non lus : {unread}.',
    },
    open: 'Ouvrir : {link}',
    settings: 'Choisissez ce que vous recevez : {settings}',
  },
  es: {
    subject: {
      deadline_soon: 'Vence el {date}: {priority}, {period}',
      deadline_passed: 'Atrasado: {priority}, {period}',
      review_waiting: 'Pendiente de su revisión: {priority}, {period}',
      review_returned: 'Devuelto: {priority}, {period}',
      review_approved: 'Aprobado: {priority}, {period}',
      weekly_digest: 'Su semana en el tablero de GBR',
    },
    body: {
      deadline_soon:
        'Los valores de {priority} para {period} vencen el {date} y el trimestre aún no se ha presentado.',
      deadline_passed:
        'Los valores de {priority} para {period} vencían el {date}. El trimestre sigue sin presentarse.',
      review_waiting: '{priority} presentó {period}; espera su decisión.',
      review_returned:
        'Un revisor devolvió {count} KPI de {priority} para {period}: {kpis}. Corríjalos y vuelva a presentarlos.',
      review_approved: 'Un revisor aprobó {priority} para {period}.',
      weekly_digest:
        'Trimestres atrasados: {overdue}. Pendientes de su revisión: {waiting}. Avisos sin leer: {unread}.',
    },
    open: 'Abrir: {link}',
    settings: 'Elija qué recibe: {settings}',
  },
  ar: {
    subject: {
      deadline_soon: 'موعد التسليم {date}: {priority}، {period}',
      deadline_passed: 'متأخر: {priority}، {period}',
      review_waiting: 'بانتظار مراجعتك: {priority}، {period}',
      review_returned: 'أُعيد: {priority}، {period}',
      review_approved: 'اعتُمد: {priority}، {period}',
      weekly_digest: 'أسبوعك في لوحة الإدارة القائمة على النتائج',
    },
    body: {
      deadline_soon: 'قيم {priority} للفترة {period} مستحقة في {date}، ولم يُقدَّم الربع بعد.',
      deadline_passed: 'كانت قيم {priority} للفترة {period} مستحقة في {date}، ولم يُقدَّم الربع حتى الآن.',
      review_waiting: 'قُدِّم الربع {period} من {priority} وهو بانتظار قرارك.',
      review_returned:
        'أعاد أحد المراجعين {count} من مؤشرات الأداء الرئيسية في {priority} للفترة {period}: {kpis}. صحِّحها ثم قدِّمها مجدداً.',
      review_approved: 'اعتمد أحد المراجعين {priority} للفترة {period}.',
      weekly_digest:
        'الأرباع المتأخرة: {overdue}. بانتظار مراجعتك: {waiting}. الإشعارات غير المقروءة: {unread}.',
    },
    open: 'افتح: {link}',
    settings: 'اختر ما تتلقاه: {settings}',
  },
  ru: {
    subject: {
      deadline_soon: 'Срок {date}: {priority}, {period}',
      deadline_passed: 'Просрочено: {priority}, {period}',
      review_waiting: 'Ждёт вашей проверки: {priority}, {period}',
      review_returned: 'Возвращено: {priority}, {period}',
      review_approved: 'Утверждено: {priority}, {period}',
      weekly_digest: 'Ваша неделя в панели УОР',
    },
    body: {
      deadline_soon:
        'Значения {priority} за {period} нужно представить до {date}; квартал ещё не представлен.',
      deadline_passed:
        'Значения {priority} за {period} нужно было представить до {date}. Квартал всё ещё не представлен.',
      review_waiting: '{priority}: квартал {period} представлен и ждёт вашего решения.',
      review_returned:
        'Проверяющий вернул КПЭ ({count}) приоритета {priority} за {period}: {kpis}. Исправьте их и представьте снова.',
      review_approved: 'Проверяющий утвердил {priority} за {period}.',
      weekly_digest:
        'Просроченные кварталы: {overdue}. Ждут вашей проверки: {waiting}. Непрочитанные уведомления: {unread}.',
    },
    open: 'Открыть: {link}',
    settings: 'Выберите, что получать: {settings}',
  },
  zh: {
    subject: {
      deadline_soon: '{date} 截止：{priority}，{period}',
      deadline_passed: '已逾期：{priority}，{period}',
      review_waiting: '等待您审核：{priority}，{period}',
      review_returned: '已退回：{priority}，{period}',
      review_approved: '已批准：{priority}，{period}',
      weekly_digest: '您在成果管理仪表板的一周',
    },
    body: {
      deadline_soon: '{priority} 的 {period} 数值应于 {date} 提交，该季度尚未提交。',
      deadline_passed: '{priority} 的 {period} 数值应于 {date} 提交，该季度仍未提交。',
      review_waiting: '{priority} 已提交 {period}，等待您的决定。',
      review_returned:
        '审核人退回了 {priority} {period} 的 {count} 个关键绩效指标：{kpis}。请更正后重新提交。',
      review_approved: '审核人已批准 {priority} 的 {period}。',
      weekly_digest: '逾期季度：{overdue}。等待您审核：{waiting}。未读通知：{unread}。',
    },
    open: '打开：{link}',
    settings: '选择您接收的内容：{settings}',
  },
};

/** Fills `{name}` placeholders; an unknown one is left as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
