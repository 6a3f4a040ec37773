// Sign in and register. The token goes to localStorage (see api.js); then back to where the user came from.

import { ApiError, post, setAuth, currentUser, signOut, translate, describeError } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, params, setPageState, setTitle } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints, busy } from '/js/forms.js';
import { staticText, storefrontPath, t } from '/js/i18n.js';

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
  return nextPath() || (user?.roles?.includes('ARTISAN') ? '/artisan.html'
    : user?.roles?.includes('DIGITAL_HELPER') ? '/helper.html' : storefrontPath('/'));
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
  const password = field({ name: 'password', label: t('Mật khẩu', 'Password'), type: 'password', attrs: { autocomplete: 'current-password', required: true, maxlength: 128 } });
  const submit = h('button', { type: 'submit', class: 'btn' }, t('Đăng nhập', 'Sign in'));
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'login-title' },
    email.wrapper, password.wrapper, h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    await busy(submit, t('Đang đăng nhập…', 'Signing in…'), async () => {
      try {
        await signInAndGo(email.input.value.trim(), password.input.value);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status === 400 && err.errors.length) showErrors(form, err.fieldErrors());
        else if (err.status === 401) showFormMessage(form, 'error', t('Chưa đăng nhập được', 'Could not sign in'), problemText(err));
        else if (err.status === 429) showFormMessage(form, 'error', t('Tạm khoá đăng nhập', 'Sign-in paused'), problemText(err));
        else showFormMessage(form, 'error', t('Chưa đăng nhập được', 'Could not sign in'), describeError(err));
        password.input.value = '';
      }
    });
  });
  return form;
}

// ---- register ----

function registerForm() {
  const displayName = field({ name: 'displayName', label: t('Tên hiển thị', 'Display name'), hint: t('Tên của bạn hoặc của xưởng, ví dụ “Nguyễn Văn An”.', 'Your name or your workshop\'s, for example “Nguyễn Văn An”.'), attrs: { autocomplete: 'name', required: true, maxlength: 100 } });
  const email = field({ name: 'email', label: 'E-mail', type: 'email', attrs: { autocomplete: 'email', required: true, maxlength: 254, inputmode: 'email' } });
  const password = field({ name: 'password', label: t('Mật khẩu', 'Password'), type: 'password', hint: t('Ít nhất 10 ký tự. Một câu dễ nhớ là mật khẩu tốt.', 'At least 10 characters. A sentence you remember makes a good password.'), attrs: { autocomplete: 'new-password', required: true, minlength: 10, maxlength: 128 } });

  const wanted = (params().get('role') || '').toUpperCase() === 'ARTISAN' ? 'ARTISAN' : 'SHOPPER';
  const roleChoice = (value, title, text) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'role', value, required: true, checked: value === wanted }),
    h('span', {}, h('strong', {}, title), h('small', {}, text)));
  const roleError = h('p', { class: 'field-error', id: 'role-error' });
  const role = h('fieldset', { class: 'field', dataset: { field: 'role' }, 'aria-describedby': 'role-error' },
    h('legend', {}, t('Bạn là', 'You are')),
    h('div', { class: 'choice-row' },
      roleChoice('SHOPPER', t('Người mua', 'A shopper'), t('Mua hàng thủ công từ các làng nghề.', 'Buy handmade pieces from the craft villages.')),
      roleChoice('ARTISAN', t('Nghệ nhân, chủ xưởng', 'An artisan or workshop owner'), t('Mở cửa hàng và bán sản phẩm của bạn.', 'Open a shop and sell your work.'))),
    roleError);

  // Law 91: each purpose apart, nothing ticked for the person; the contract of sale is said plainly
  const consentChoice = (value, text) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', name: 'consents', value }), h('span', {}, text));
  const consents = h('fieldset', { class: 'field', dataset: { field: 'consents' } },
    h('legend', {}, t('Dữ liệu cá nhân', 'Personal data')),
    h('p', { class: 'hint' }, t('Để mua hàng, sàn cần xử lý tên, số điện thoại và địa chỉ giao hàng của bạn (thực hiện hợp đồng mua bán). Nhận tin quảng cáo là tuỳ bạn, có thể rút lại bất cứ lúc nào trong “Dữ liệu cá nhân”. ',
      'To buy, the marketplace needs your name, phone and delivery address (to perform the contract of sale). News and offers are up to you, and can be withdrawn at any time in “Personal data”. '),
      h('a', { href: '/chinh-sach-bao-mat.html' }, t('Chính sách bảo mật', 'Privacy notice'))),
    consentChoice('MARKETING_EMAIL', t('Nhận tin và ưu đãi qua thư điện tử', 'News and offers by e-mail')),
    consentChoice('MARKETING_ZALO', t('Nhận tin và ưu đãi qua Zalo', 'News and offers by Zalo')));

  const submit = h('button', { type: 'submit', class: 'btn' }, t('Tạo tài khoản', 'Create the account'));
  const form = h('form', { class: 'form-grid', novalidate: true, 'aria-labelledby': 'register-title' },
    displayName.wrapper, email.wrapper, password.wrapper, role, consents, h('div', { class: 'form-actions' }, submit));

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
      consents: [...form.querySelectorAll('input[name="consents"]:checked')].map((box) => box.value),
    };
    await busy(submit, t('Đang tạo tài khoản…', 'Creating the account…'), async () => {
      try {
        await post('/api/auth/register', body);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if ((err.status === 400 || err.status === 409) && err.errors.length) showErrors(form, err.fieldErrors());
        else showFormMessage(form, 'error', t('Chưa tạo được tài khoản', 'Could not create the account'), problemText(err));
        return;
      }
      try {
        await signInAndGo(body.email, body.password);
      } catch (err) {
        showFormMessage(form, 'ok', t('Đã tạo tài khoản', 'Account created'), t('Tài khoản đã sẵn sàng. Mời bạn đăng nhập ở khung bên cạnh.', 'The account is ready. Please sign in with the form beside this one.'));
      }
    });
  });
  return form;
}

function signedInNotice(user) {
  const out = h('button', { type: 'button', class: 'btn btn-secondary' }, t('Đăng xuất', 'Sign out'));
  out.addEventListener('click', async () => {
    await signOut();
    location.reload();
  });
  return h('div', { class: 'notice notice-info' },
    h('h2', {}, t(`Bạn đang đăng nhập: ${user.displayName || user.email}`, `You are signed in: ${user.displayName || user.email}`)),
    h('p', {}, t('Bạn có thể tiếp tục, hoặc đăng xuất để dùng tài khoản khác.', 'You can go on, or sign out to use another account.')),
    h('div', { class: 'btn-row' }, h('a', { class: 'btn', href: destinationFor(user) }, t('Tiếp tục', 'Continue')), out));
}

setTitle(t('Đăng nhập', 'Sign in'));
staticText('#login-title', 'Sign in');
staticText('#login-title + p', 'Welcome back to the craft villages\' market.');
staticText('#forgot-password', 'Forgot your password?');
staticText('#register-title', 'Create an account');
staticText('#register-title + p', 'Buy straight from the makers, or open a shop for your workshop.');
document.getElementById('login-form-slot').append(loginForm());
document.getElementById('register-form-slot').append(registerForm());
if (location.hash === '#dang-ky') document.getElementById('dang-ky').focus();
const user = await me;
if (user) document.getElementById('signed-in').append(signedInNotice(user));
setPageState('ready');
