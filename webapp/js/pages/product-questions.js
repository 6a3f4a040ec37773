// Questions and answers on a product page: the answered ones for everybody, the caller's own
// waiting ones too, and a form to ask (signed in) or a link to sign in.
// Hooks for the browser test: #product-questions, #question-list > .question[data-id][data-answered],
// .question-answer, #question-form, #question-text, #question-submit, #question-status.

import { describeError, get, isSignedIn, post } from '/js/api.js';
import { h, fill, formatDateTime } from '/js/ui.js';
import { onTextSubmit } from '/js/text-form.js';
import { t } from '/js/i18n.js';

function questionItem(q) {
  return h('li', { class: 'question', dataset: { id: String(q.id), answered: String(q.answered) } },
    h('p', { class: 'question-text' }, h('strong', {}, t('Hỏi: ', 'Q: ')), q.question),
    q.answered
      ? h('p', { class: 'question-answer' }, h('strong', {}, t('Xưởng trả lời: ', 'The workshop answers: ')), q.answer,
        h('span', { class: 'muted' }, ` · ${formatDateTime(q.answeredAt)}`))
      : h('p', { class: 'muted' }, t('Câu hỏi của bạn đang chờ xưởng trả lời.', 'Your question awaits the workshop\'s answer.')));
}

/** Appends the questions section to the product page's box. */
export function mountQuestions(box, product) {
  const path = `/api/products/${encodeURIComponent(product.slug)}/questions`;
  const list = h('ul', { id: 'question-list', class: 'question-list' });
  const status = h('p', { id: 'question-status', class: 'muted', role: 'status' });
  const load = async () => {
    try {
      const { items } = await get(path);
      fill(list, items.length ? items.map(questionItem)
        : h('li', { class: 'muted' }, t('Chưa có câu hỏi nào được trả lời. Hãy là người hỏi đầu tiên.', 'No answered questions yet. Be the first to ask.')));
    } catch (err) {
      status.textContent = describeError(err);
    }
  };
  let ask;
  if (isSignedIn()) {
    const text = h('textarea', { id: 'question-text', name: 'text', rows: 3, maxlength: 1000, required: true });
    const submit = h('button', { class: 'btn', type: 'submit', id: 'question-submit' }, t('Gửi câu hỏi', 'Send the question'));
    ask = h('form', { id: 'question-form', class: 'question-form' },
      h('label', { for: 'question-text' }, t('Hỏi xưởng về sản phẩm này', 'Ask the workshop about this piece')), text,
      h('p', { class: 'muted' }, t('Câu hỏi hiện công khai khi xưởng đã trả lời.', 'Questions show publicly once the workshop answers.')),
      h('div', { class: 'btn-row' }, submit));
    onTextSubmit(ask, {
      text, button: submit, status,
      send: async (value) => {
        await post(path, { text: value });
        await load();
        return t('Đã gửi câu hỏi. Xưởng sẽ trả lời sớm.', 'Question sent. The workshop will answer soon.');
      },
    });
  } else {
    const back = encodeURIComponent(location.pathname + location.search);
    ask = h('p', {}, h('a', { href: `/login.html?next=${back}` }, t('Đăng nhập để đặt câu hỏi', 'Sign in to ask a question')));
  }
  box.append(h('section', { id: 'product-questions', class: 'product-section', 'aria-labelledby': 'questions-title' },
    h('h2', { id: 'questions-title' }, t('Hỏi đáp về sản phẩm', 'Questions and answers')), list, ask, status));
  return load();
}
