// Sets a new password from the e-mailed link (/password-reset.html#token=…; the token stays in the
// fragment, which never reaches a server log), POST /api/auth/password-reset/confirm.
// Hooks for the browser test: #new-password, #reset-confirm, #reset-done, body[data-state].

import { ApiError, post, translate, describeError, clearAuth } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, notice, setPageState, setTitle } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints, busy } from '/js/forms.js';

mountLayout({ active: 'login' });
setTitle('Đặt mật khẩu mới');

const token = new URLSearchParams(location.hash.slice(1)).get('token');
// the token leaves the address bar (and the history) once read
if (token) history.replaceState(null, '', location.pathname);

function askAgain() {
  return h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/password-forgotten.html' }, 'Gửi liên kết mới'));
}

function resetForm() {
  const password = field({
    id: 'new-password', name: 'password', label: 'Mật khẩu mới', type: 'password',
    hint: 'Ít nhất 10 ký tự; một câu dễ nhớ của riêng bạn là tốt nhất.',
    attrs: { autocomplete: 'new-password', required: true, minlength: 10, maxlength: 128 },
  });
  const submit = h('button', { type: 'submit', class: 'btn', id: 'reset-confirm' }, 'Đặt mật khẩu mới');
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'page-title' },
    password.wrapper, h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, 'Đang lưu…', async () => {
      try {
        await post('/api/auth/password-reset/confirm', { token, password: password.input.value });
        clearAuth();
        form.replaceWith(h('div', { id: 'reset-done' }, notice('ok', 'Đã đổi mật khẩu',
          'Mật khẩu mới đã có hiệu lực; các phiên đăng nhập cũ đã bị đăng xuất.',
          h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/login.html' }, 'Đăng nhập')))));
      } catch (err) {
        const fields = err instanceof ApiError && err.status === 400 ? err.fieldErrors() : [];
        const tokenError = fields.find((f) => f.field === 'token');
        if (tokenError) form.replaceWith(h('div', { id: 'reset-failed' }, notice('error', 'Liên kết không dùng được', tokenError.message, askAgain())));
        else if (fields.length) showErrors(form, fields);
        else showFormMessage(form, 'error', 'Chưa đổi được mật khẩu', err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err));
      }
    });
  });
  return form;
}

document.getElementById('form-slot').append(token
  ? resetForm()
  : h('div', { id: 'reset-failed' }, notice('error', 'Thiếu liên kết', 'Hãy mở trang này từ liên kết trong thư đặt lại mật khẩu.', askAgain())));
setPageState('ready');
