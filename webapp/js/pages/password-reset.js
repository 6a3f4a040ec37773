// A forgotten password. Without a token: ask for a link by e-mail (POST /api/auth/password-reset;
// the answer is the same whether or not the e-mail has an account). With the mailed link
// (/password-reset.html#token=…; the token stays in the fragment, which never reaches a server
// log): set the new password (POST /api/auth/password-reset/confirm).
// Hooks for the browser test: #reset-email, #reset-request, #reset-requested, #new-password,
// #reset-confirm, #reset-done, #reset-failed, body[data-state].

import { ApiError, post, translate, describeError, clearAuth } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, notice, setPageState, setTitle } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints, busy } from '/js/forms.js';

mountLayout({ active: 'login' });

const token = new URLSearchParams(location.hash.slice(1)).get('token');
// the token leaves the address bar (and the history) once read
if (token) history.replaceState(null, '', location.pathname);
// a link pasted into this very tab changes only the fragment: start over with it
window.addEventListener('hashchange', () => location.reload());

function problemText(err) {
  return err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err);
}

/** One field and its button; `send(value)` resolves to what replaces the form. */
function oneFieldForm(fieldSpec, buttonSpec, busyText, send) {
  const input = field(fieldSpec);
  const submit = h('button', { type: 'submit', class: 'btn', ...buttonSpec.attrs }, buttonSpec.label);
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'page-title' },
    input.wrapper, h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, busyText, async () => {
      try {
        form.replaceWith(await send(input.input.value));
      } catch (err) {
        const fields = err instanceof ApiError && err.status === 400 ? err.fieldErrors() : [];
        const tokenError = fields.find((f) => f.field === 'token');
        if (tokenError) form.replaceWith(h('div', { id: 'reset-failed' }, notice('error', 'Liên kết không dùng được', tokenError.message, askAgain())));
        else if (fields.length) showErrors(form, fields);
        else showFormMessage(form, 'error', 'Chưa làm được', problemText(err));
      }
    });
  });
  return form;
}

function askAgain() {
  return h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/password-reset.html' }, 'Gửi liên kết mới'));
}

function requestForm() {
  return oneFieldForm(
    { id: 'reset-email', name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } },
    { label: 'Gửi liên kết', attrs: { id: 'reset-request' } }, 'Đang gửi…',
    async (value) => {
      const email = value.trim();
      await post('/api/auth/password-reset', { email });
      return h('div', { id: 'reset-requested' }, notice('ok', 'Hãy kiểm tra hộp thư',
        `Nếu ${email} là e-mail của một tài khoản, thư có liên kết đặt lại mật khẩu sẽ đến trong ít phút. Nhớ xem cả thư mục Spam.`));
    });
}

function newPasswordForm() {
  return oneFieldForm(
    {
      id: 'new-password', name: 'password', label: 'Mật khẩu mới', type: 'password',
      hint: 'Ít nhất 10 ký tự; một câu dễ nhớ của riêng bạn là tốt nhất.',
      attrs: { autocomplete: 'new-password', required: true, minlength: 10, maxlength: 128 },
    },
    { label: 'Đặt mật khẩu mới', attrs: { id: 'reset-confirm' } }, 'Đang lưu…',
    async (password) => {
      await post('/api/auth/password-reset/confirm', { token, password });
      clearAuth();
      return h('div', { id: 'reset-done' }, notice('ok', 'Đã đổi mật khẩu',
        'Mật khẩu mới đã có hiệu lực; các phiên đăng nhập cũ đã bị đăng xuất.',
        h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/login.html' }, 'Đăng nhập'))));
    });
}

if (token) {
  setTitle('Đặt mật khẩu mới');
  document.getElementById('page-title').textContent = 'Đặt mật khẩu mới';
  document.getElementById('page-lead').textContent = 'Chọn một mật khẩu mới cho tài khoản của bạn. Sau khi đổi, mọi phiên đăng nhập cũ đều bị đăng xuất.';
  document.getElementById('form-slot').append(newPasswordForm());
} else {
  setTitle('Quên mật khẩu');
  document.getElementById('form-slot').append(requestForm());
}
setPageState('ready');
