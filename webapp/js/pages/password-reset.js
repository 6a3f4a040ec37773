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
import { staticText, t } from '/js/i18n.js';

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
        if (tokenError) form.replaceWith(h('div', { id: 'reset-failed' }, notice('error', t('Liên kết không dùng được', 'This link cannot be used'), tokenError.message, askAgain())));
        else if (fields.length) showErrors(form, fields);
        else showFormMessage(form, 'error', t('Chưa làm được', 'That did not work'), problemText(err));
      }
    });
  });
  return form;
}

function askAgain() {
  return h('div', { class: 'btn-row' }, h('a', { class: 'btn btn-secondary', href: '/password-reset.html' }, t('Gửi liên kết mới', 'Send a new link')));
}

function requestForm() {
  return oneFieldForm(
    { id: 'reset-email', name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } },
    { label: t('Gửi liên kết', 'Send the link'), attrs: { id: 'reset-request' } }, t('Đang gửi…', 'Sending…'),
    async (value) => {
      const email = value.trim();
      await post('/api/auth/password-reset', { email });
      return h('div', { id: 'reset-requested' }, notice('ok', t('Hãy kiểm tra hộp thư', 'Check your mailbox'),
        t(`Nếu ${email} là e-mail của một tài khoản, thư có liên kết đặt lại mật khẩu sẽ đến trong ít phút. Nhớ xem cả thư mục Spam.`,
          `If ${email} belongs to an account, a message with a link to reset the password arrives within minutes. Look in the spam folder too.`)));
    });
}

function newPasswordForm() {
  return oneFieldForm(
    {
      id: 'new-password', name: 'password', label: t('Mật khẩu mới', 'New password'), type: 'password',
      hint: t('Ít nhất 10 ký tự; một câu dễ nhớ của riêng bạn là tốt nhất.', 'At least 10 characters; a sentence only you would think of is best.'),
      attrs: { autocomplete: 'new-password', required: true, minlength: 10, maxlength: 128 },
    },
    { label: t('Đặt mật khẩu mới', 'Set the new password'), attrs: { id: 'reset-confirm' } }, t('Đang lưu…', 'Saving…'),
    async (password) => {
      await post('/api/auth/password-reset/confirm', { token, password });
      clearAuth();
      return h('div', { id: 'reset-done' }, notice('ok', t('Đã đổi mật khẩu', 'Password changed'),
        t('Mật khẩu mới đã có hiệu lực; các phiên đăng nhập cũ đã bị đăng xuất.', 'The new password works now; every earlier session is signed out.'),
        h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: '/login.html' }, t('Đăng nhập', 'Sign in')))));
    });
}

if (token) {
  setTitle(t('Đặt mật khẩu mới', 'Set the new password'));
  document.getElementById('page-title').textContent = t('Đặt mật khẩu mới', 'Set the new password');
  document.getElementById('page-lead').textContent = t('Chọn một mật khẩu mới cho tài khoản của bạn. Sau khi đổi, mọi phiên đăng nhập cũ đều bị đăng xuất.', 'Choose a new password for your account. Once changed, every earlier session is signed out.');
  document.getElementById('form-slot').append(newPasswordForm());
} else {
  setTitle(t('Quên mật khẩu', 'Forgot your password'));
  staticText('#page-title', 'Forgot your password');
  staticText('#page-lead', 'Type the e-mail you sign in with. We will send a link to set a new password (it works once, for 30 minutes).');
  document.getElementById('form-slot').append(requestForm());
}
staticText('#page-title ~ p.small a[href="/login.html"]', 'Back to sign in');
setPageState('ready');
