// Asks for a forgotten password's link (POST /api/auth/password-reset). The answer is the same
// whether or not the e-mail has an account. Hooks for the browser test: #reset-email,
// #reset-request, #reset-requested, body[data-state].

import { ApiError, post, translate, describeError } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, notice, setPageState, setTitle } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints, busy } from '/js/forms.js';

mountLayout({ active: 'login' });
setTitle('Quên mật khẩu');

function requestForm() {
  const email = field({ id: 'reset-email', name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } });
  const submit = h('button', { type: 'submit', class: 'btn', id: 'reset-request' }, 'Gửi liên kết');
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'page-title' },
    email.wrapper, h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, 'Đang gửi…', async () => {
      try {
        await post('/api/auth/password-reset', { email: email.input.value.trim() });
        form.replaceWith(h('div', { id: 'reset-requested' }, notice('ok', 'Hãy kiểm tra hộp thư',
          `Nếu ${email.input.value.trim()} là e-mail của một tài khoản, thư có liên kết đặt lại mật khẩu sẽ đến trong ít phút. Nhớ xem cả thư mục Spam.`)));
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && err.errors.length) showErrors(form, err.fieldErrors());
        else showFormMessage(form, 'error', 'Chưa gửi được', err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err));
      }
    });
  });
  return form;
}

document.getElementById('form-slot').append(requestForm());
setPageState('ready');
