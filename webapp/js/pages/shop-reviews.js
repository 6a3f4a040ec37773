// The artisan's reviews: those still without the shop's reply first, each with a reply form (one
// reply per review; the buyer is told of it). Hooks: .shop-review[data-id], .reply-text, .send-reply.

import { ApiError, describeError, get, post, translate } from '/js/api.js';
import { mountLayout, signedInUser } from '/js/layout.js';
import { reviewItem } from '/js/pages/product-reviews.js';
import { h, fill, loading, errorBox, emptyState, notice, pager, hrefWithPage, pageParam, setPageState, setTitle, toast } from '/js/ui.js';

const { me } = mountLayout({ active: 'shop-reviews' });
setTitle('Đánh giá của khách');
const root = document.getElementById('shop-reviews');

function replyForm(review, onSaved) {
  const text = h('textarea', { id: `reply-${review.id}`, class: 'reply-text', rows: 3, maxlength: 2000, required: true });
  const send = h('button', { type: 'submit', class: 'btn btn-small send-reply' }, 'Gửi phản hồi');
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'form-grid reply-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: text.id }, 'Phản hồi của cửa hàng (chỉ gửi được một lần, mọi người đều thấy)'), text),
    h('div', { class: 'btn-row' }, send), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      fill(result, notice('error', 'Chưa có nội dung', 'Hãy viết vài lời phản hồi.'));
      text.focus();
      return;
    }
    send.disabled = true;
    try {
      onSaved(await post(`/api/reviews/${review.id}/reply`, { text: text.value.trim() }));
      toast('Đã gửi phản hồi.');
    } catch (err) {
      fill(result, notice('error', 'Chưa gửi được', err instanceof ApiError ? (translate(err.detail) || describeError(err)) : describeError(err)));
      send.disabled = false;
    }
  });
  return form;
}

function entry(review) {
  const box = h('div', { class: 'panel shop-review', dataset: { id: String(review.id) } });
  const show = (r) => fill(box,
    h('p', { class: 'small muted' }, `Sản phẩm: ${r.productTitle} · mã ${r.sku}`),
    h('ul', { class: 'review-list' }, reviewItem(r)),
    r.reply ? null : replyForm(r, show));
  show(review);
  return box;
}

async function main() {
  if (!(await signedInUser(me))) return;
  fill(root, loading('Đang tải đánh giá…'));
  try {
    const page = await get(`/api/my/reviews?page=${pageParam()}&size=24`);
    fill(root, page.items.length
      ? [h('p', { class: 'muted' }, 'Đánh giá chưa phản hồi ở trên cùng.'), page.items.map(entry), pager(page, hrefWithPage)]
      : emptyState('Chưa có đánh giá nào', 'Khi người mua nhận hàng và đánh giá, đánh giá sẽ hiện ở đây.'));
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { page: true, retry: main }));
    setPageState('error');
  }
}

main();
