// The private thread between a buyer and a shop about one shop order, folded under each part of
// an order: the buyer's order page (.shop-part) and the artisan's orders page (.shop-order).
// Opening it loads the thread; the form sends a message and shows the thread again.
// Hooks for the browser test: details.order-thread[data-id], .thread-message[data-from], .thread-form textarea.

import { describeError, get, post } from '/js/api.js';
import { onTextSubmit } from '/js/text-form.js';
import { h, fill, formatDateTime } from '/js/ui.js';
import { t } from '/js/i18n.js';

function messageItem(m) {
  return h('li', { class: `thread-message${m.mine ? ' thread-mine' : ''}`, dataset: { from: m.from } },
    h('p', { class: 'thread-author muted' }, m.mine ? t('Bạn', 'You') : m.authorName, ' · ', formatDateTime(m.sentAt)),
    h('p', { class: 'thread-text' }, m.text));
}

function threadBox(path, otherSide) {
  const list = h('ol', { class: 'thread-messages', 'aria-live': 'polite' });
  const status = h('p', { class: 'muted', role: 'status' });
  const text = h('textarea', { name: 'text', rows: 3, maxlength: 2000, required: true, 'aria-label': t('Tin nhắn', 'Message') });
  const send = h('button', { class: 'btn btn-small', type: 'submit' }, t('Gửi tin nhắn', 'Send the message'));
  const show = (thread) => {
    fill(list, thread.messages.length
      ? thread.messages.map(messageItem)
      : h('li', { class: 'muted' }, t(`Chưa có tin nhắn. Hãy hỏi ${otherSide} điều bạn cần.`, `No messages yet. Ask ${otherSide} what you need.`)));
  };
  const form = h('form', { class: 'thread-form' },
    h('p', { class: 'muted' }, t('Số điện thoại và địa chỉ thư gõ vào tin nhắn sẽ được ẩn.', 'Phone numbers and e-mail addresses typed in a message are hidden.')), text, h('div', { class: 'btn-row' }, send), status);
  onTextSubmit(form, {
    text, button: send, status,
    send: async (value) => { show(await post(path, { text: value })); return t('Đã gửi.', 'Sent.'); },
  });
  const load = async () => {
    status.textContent = t('Đang tải…', 'Loading…');
    try {
      show(await get(path));
      status.textContent = '';
    } catch (err) {
      status.textContent = describeError(err);
    }
  };
  return { element: h('div', { class: 'thread' }, list, form), load };
}

/**
 * Adds a folded thread under every card matching {@code selector} inside {@code root}.
 * @param pathFor the thread's API path for a card's data-id
 */
export function attachThreads(root, selector, pathFor, { title, otherSide }) {
  for (const card of root.querySelectorAll(`${selector}[data-id]`)) {
    const id = card.dataset.id;
    const box = threadBox(pathFor(id), otherSide);
    const details = h('details', { class: 'order-thread', dataset: { id }, id: `don-${id}` },
      h('summary', {}, title), box.element);
    let loaded = false;
    details.addEventListener('toggle', () => {
      if (details.open && !loaded) {
        loaded = true;
        box.load();
      }
    });
    card.append(details);
  }
}
