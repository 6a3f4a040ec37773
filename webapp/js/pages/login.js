// Sign in and register. The token goes to localStorage (see api.js); then back to where the user came from.

import { ApiError, post, setAuth, currentUser, signOut, translate, describeError } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, params, setPageState, setTitle } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints, busy } from '/js/forms.js';

const { me } = mountLayout({ active: 'login' });

/**
 * Only a place on this site. Judged after the browser's own URL parsing, which drops tabs and line
 * breaks and reads a backslash as "/": "/%09/evil.example" is "//evil.example", another host.
 */
function nextPath() {
  const next = params().get('next');
  if (!next) return null;
  let url;
  try {
    url = new URL(next, location.origin);
  } catch {
    return null;
  }
  return url.origin === location.origin ? url.pathname + url.search + url.hash : null;
}

function destinationFor(user) {
  return nextPath() || (user?.roles?.includes('ARTISAN') ? '/artisan.html' : '/');
}

async function signInAndGo(email, password) {
  const token = await post('/api/auth/login', { email, password });
  setAuth(token);
  const user = await currentUser({ refresh: true }).catch(() => null);
  location.assign(destinationFor(user));
}

function problemText(err) {
  return translate(err.detail) || describeError(err);
}

// ---- sign in ----

function loginForm() {
  const email = field({ name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } });
  const password = field({ name: 'password', label: 'Mật khẩu', type: 'password', attrs: { autocomplete: 'current-password', required: true, maxlength: 128 } });
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Đăng nhập');
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'login-title' },
    email.wrapper, password.wrapper, h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, 'Đang đăng nhập…', async () => {
      try {
        await signInAndGo(email.input.value.trim(), password.input.value);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status === 400 && err.errors.length) showErrors(form, err.fieldErrors());
        else if (err.status === 401) showFormMessage(form, 'error', 'Chưa đăng nhập được', problemText(err));
        else if (err.status === 429) showFormMessage(form, 'error', 'Tạm khoá đăng nhập', problemText(err));
        else showFormMessage(form, 'error', 'Chưa đăng nhập được', describeError(err));
        password.input.value = '';
      }
    });
  });
  return form;
}

// ---- register ----

function registerForm() {
  const displayName = field({ name: 'displayName', label: 'Tên hiển thị', hint: 'Tên của bạn hoặc của xưởng, ví dụ “Nguyễn Văn An”.', attrs: { autocomplete: 'name', required: true, maxlength: 100 } });
  const email = field({ name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } });
  const password = field({ name: 'password', label: 'Mật khẩu', type: 'password', hint: 'Ít nhất 10 ký tự. Một câu dễ nhớ là mật khẩu tốt.', attrs: { autocomplete: 'new-password', required: true, minlength: 10, maxlength: 128 } });

  const wanted = (params().get('role') || '').toUpperCase() === 'ARTISAN' ? 'ARTISAN' : 'SHOPPER';
  const roleChoice = (value, title, text) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'role', value, required: true, checked: value === wanted }),
    h('span', {}, h('strong', {}, title), h('small', {}, text)));
  const roleError = h('p', { class: 'field-error', id: 'role-error' });
  const role = h('fieldset', { class: 'field', dataset: { field: 'role' }, 'aria-describedby': 'role-error' },
    h('legend', {}, 'Bạn là'),
    h('div', { class: 'choice-row' },
      roleChoice('SHOPPER', 'Người mua', 'Mua hàng thủ công từ các làng nghề.'),
      roleChoice('ARTISAN', 'Nghệ nhân, chủ xưởng', 'Mở cửa hàng và bán sản phẩm của bạn.')),
    roleError);

  const submit = h('button', { type: 'submit', class: 'btn' }, 'Tạo tài khoản');
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'register-title' },
    displayName.wrapper, email.wrapper, password.wrapper, role, h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    const body = {
      email: email.input.value.trim(),
      password: password.input.value,
      displayName: displayName.input.value.trim(),
      role: form.querySelector('input[name="role"]:checked')?.value,
    };
    await busy(submit, 'Đang tạo tài khoản…', async () => {
      try {
        await post('/api/auth/register', body);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if ((err.status === 400 || err.status === 409) && err.errors.length) showErrors(form, err.fieldErrors());
        else showFormMessage(form, 'error', 'Chưa tạo được tài khoản', problemText(err));
        return;
      }
      try {
        await signInAndGo(body.email, body.password);
      } catch (err) {
        showFormMessage(form, 'ok', 'Đã tạo tài khoản', 'Tài khoản đã sẵn sàng. Mời bạn đăng nhập ở khung bên cạnh.');
      }
    });
  });
  return form;
}

function signedInNotice(user) {
  const out = h('button', { type: 'button', class: 'btn btn-secondary' }, 'Đăng xuất');
  out.addEventListener('click', async () => {
    await signOut();
    location.reload();
  });
  return h('div', { class: 'notice notice-info' },
    h('h2', {}, `Bạn đang đăng nhập: ${user.displayName || user.email}`),
    h('p', {}, 'Bạn có thể tiếp tục, hoặc đăng xuất để dùng tài khoản khác.'),
    h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: destinationFor(user) }, 'Tiếp tục'), out));
}

setTitle('Đăng nhập');
document.getElementById('login-form-slot').append(loginForm());
document.getElementById('register-form-slot').append(registerForm());
if (location.hash === '#dang-ky') document.getElementById('dang-ky').focus();
const user = await me;
if (user) document.getElementById('signed-in').append(signedInNotice(user));
setPageState('ready');
