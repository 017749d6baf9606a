// The colour and shape of each status: one definition in shared/, so the screens, the workbook and the
// deck cannot drift apart.
export { STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS, STATUS_TINTS } from '@rbm/shared/rbm';
