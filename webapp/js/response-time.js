// A shop's usual response time (the shop view's responseTime) in words, for the shop page.

import { h } from '/js/ui.js';

function duration(minutes) {
  if (minutes < 60) return `${Math.max(1, minutes)} phút`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)} giờ`;
  return `${Math.round(minutes / (60 * 24))} ngày`;
}

/** A dt/dd pair, or null when nobody asked the shop anything lately. */
export function responseTimeTerm(time) {
  if (!time) return null;
  const text = time.medianMinutes === null || time.medianMinutes === undefined
    ? 'Chưa trả lời tin nhắn nào'
    : `Thường trong ${duration(time.medianMinutes)} (${Math.round(time.answeredShare * 100)}% được trả lời)`;
  return h('div', { id: 'shop-response-time' }, h('dt', {}, 'Phản hồi'), h('dd', {}, text));
}
