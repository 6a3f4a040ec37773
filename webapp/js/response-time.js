// A shop's usual response time (the shop view's responseTime) in words, for the shop page.

import { h } from '/js/ui.js';
import { t } from '/js/i18n.js';

function duration(minutes) {
  if (minutes < 60) return t(`${Math.max(1, minutes)} phút`, `${Math.max(1, minutes)} min`);
  if (minutes < 60 * 24) return t(`${Math.round(minutes / 60)} giờ`, `${Math.round(minutes / 60)} h`);
  return t(`${Math.round(minutes / (60 * 24))} ngày`, `${Math.round(minutes / (60 * 24))} d`);
}

/** A dt/dd pair, or null when nobody asked the shop anything lately. */
export function responseTimeTerm(time) {
  if (!time) return null;
  const text = time.medianMinutes === null || time.medianMinutes === undefined
    ? t('Chưa trả lời tin nhắn nào', 'Has not answered any message yet')
    : t(`Thường trong ${duration(time.medianMinutes)} (${Math.round(time.answeredShare * 100)}% được trả lời)`,
      `Usually within ${duration(time.medianMinutes)} (${Math.round(time.answeredShare * 100)}% answered)`);
  return h('div', { id: 'shop-response-time' }, h('dt', {}, t('Phản hồi', 'Replies')), h('dd', {}, text));
}
