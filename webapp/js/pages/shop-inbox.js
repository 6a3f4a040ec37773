// The artisan's inbox: questions about the shop's products (unanswered first, each with its answer
// form) and the order threads (those awaiting the shop first), plus the Zalo phone for notices.
// Hooks for the browser test: #shop-questions > .shop-question[data-id][data-answered], .answer-text,
// .answer-submit, #shop-threads > .inbox-thread[data-id][data-unanswered].

import { ApiError, describeError, get, post } from '/js/api.js';
import { loginRedirect, mountLayout } from '/js/layout.js';
import { attachThreads } from '/js/order-thread.js';
import { zaloPhoneForm } from '/js/zalo-phone.js';
import { h, fill, loading, errorBox, emptyState, setPageState, setTitle, formatDateTime } from '/js/ui.js';

mountLayout({ active: 'shop-orders' });
setTitle('Tin nhắn và câu hỏi');
const root = document.getElementById('shop-inbox-page');

function questionItem(q) {
  const item = h('li', { class: 'shop-question panel', dataset: { id: String(q.id), answered: String(q.answered) } },
    h('p', {}, h('a', { href: `/san-pham/${encodeURIComponent(q.productSlug)}` }, q.productTitle)),
    h('p', { class: 'question-text' }, h('strong', {}, 'Khách hỏi: '), q.question,
      h('span', { class: 'muted' }, ` · ${formatDateTime(q.askedAt)}`)));
  if (q.answered) {
    item.append(h('p', { class: 'question-answer' }, h('strong', {}, 'Bạn đã trả lời: '), q.answer));
    return item;
  }
  const text = h('textarea', { class: 'answer-text', rows: 3, maxlength: 2000, required: true, 'aria-label': 'Câu trả lời' });
  const send = h('button', { class: 'btn btn-small answer-submit', type: 'submit' }, 'Trả lời');
  const status = h('p', { class: 'muted', role: 'status' });
  const form = h('form', { class: 'answer-form' }, text, h('div', { class: 'btn-row' }, send), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    send.disabled = true;
    setPageState('loading');
    try {
      await post(`/api/my/questions/${q.id}/answer`, { text: text.value });
      await load();
    } catch (err) {
      status.textContent = describeError(err);
      send.disabled = false;
      setPageState('ready');
    }
  });
  item.append(form);
  return item;
}

function threadItem(t) {
  return h('li', { class: 'inbox-thread panel', dataset: { id: String(t.shopOrderId), unanswered: String(t.unanswered) } },
    h('p', {}, h('strong', {}, `Đơn ${t.orderNumber}`), ` · ${t.buyerName}`,
      t.unanswered ? h('span', { class: 'badge' }, ' Chờ xưởng trả lời') : null),
    h('p', { class: 'muted' }, `${t.lastFrom === 'SHOP' ? 'Bạn: ' : 'Khách: '}${t.lastText} · ${formatDateTime(t.lastAt)}`));
}

async function load() {
  try {
    const [questions, inbox] = await Promise.all([get('/api/my/questions'), get('/api/my/inbox')]);
    const threads = h('ul', { id: 'shop-threads', class: 'shop-order-list' }, inbox.items.map(threadItem));
    fill(root,
      h('div', { class: 'workspace-head' }, h('h1', {}, 'Tin nhắn và câu hỏi'),
        h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary btn-small', href: '/shop-orders.html' }, 'Đơn của xưởng'))),
      h('section', { id: 'cau-hoi', 'aria-labelledby': 'questions-title' },
        h('h2', { id: 'questions-title' }, `Câu hỏi về sản phẩm (${questions.unanswered} chờ trả lời)`),
        questions.items.length ? h('ul', { id: 'shop-questions', class: 'shop-order-list' }, questions.items.map(questionItem))
          : emptyState('Chưa có câu hỏi nào', 'Khi khách hỏi về sản phẩm, câu hỏi hiện ở đây.')),
      h('section', { id: 'tin-nhan', 'aria-labelledby': 'threads-title' },
        h('h2', { id: 'threads-title' }, `Tin nhắn của khách (${inbox.unanswered} chờ trả lời)`),
        inbox.items.length ? threads : emptyState('Chưa có tin nhắn nào', 'Khách nhắn về đơn hàng sẽ hiện ở đây.')),
      h('section', { 'aria-label': 'Thông báo qua Zalo' }, zaloPhoneForm()));
    attachThreads(threads, '.inbox-thread', (id) => `/api/my/orders/${id}/messages`, { title: 'Xem và trả lời', otherSide: 'khách' });
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    fill(root, errorBox(err, { page: true, retry: load }));
    setPageState('error');
  }
}

fill(root, loading('Đang tải tin nhắn và câu hỏi…'));
load();
