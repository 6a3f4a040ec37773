// The shopper's address book (/api/my/addresses): add, edit, delete, choose the default.
// Hooks for the browser test: #address-list > .address-card[data-id][data-default], #address-form,
// #addr-name, #addr-phone, #addr-line1, select#addr-commune, #addr-default, body[data-state].

import { ApiError, del, describeError, get, isSignedIn, newIdempotencyKey, post, put, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, toast, confirmDialog } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints } from '/js/forms.js';
import { addressText } from '/js/saved-addresses.js';
import { addressPicker, loadProvinces } from '/js/address-picker.js';
import { t } from '/js/i18n.js';

const { me } = mountLayout({ active: 'orders' });
setTitle(t('Sổ địa chỉ', 'Address book'));

const root = document.getElementById('addresses');

function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname)}`);
}

function problemText(err) {
  return err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err);
}

function addressForm(units, editing, done) {
  const name = field({ id: 'addr-name', name: 'name', label: t('Họ tên người nhận', 'Recipient\'s full name'), attrs: { autocomplete: 'name', required: true, maxlength: 100, value: editing?.name || '' } });
  const phone = field({
    id: 'addr-phone', name: 'phone', label: t('Số điện thoại', 'Phone number'), type: 'tel', hint: t('Ví dụ 0912 345 678 hoặc (024) 3825 1234.', 'For example 0912 345 678 or (024) 3825 1234.'),
    attrs: { autocomplete: 'tel', inputmode: 'tel', required: true, maxlength: 30, value: editing?.phone || '' },
  });
  const line1 = field({ id: 'addr-line1', name: 'line1', label: t('Số nhà, đường, thôn, xóm', 'House number, street, hamlet'), attrs: { autocomplete: 'street-address', required: true, maxlength: 200, value: editing?.line1 || '' } });
  const commune = addressPicker({ provinces: units, name: 'communeCode', id: 'addr' });
  if (editing) commune.choose(editing.provinceCode, editing.communeCode);
  const isDefault = h('input', { type: 'checkbox', id: 'addr-default', name: 'isDefault', checked: Boolean(editing?.isDefault) });
  // one key per form: a double tap or a retry after a lost answer saves the address once
  const idempotencyKey = newIdempotencyKey();
  const submit = h('button', { type: 'submit', class: 'btn', id: 'addr-save' }, editing ? t('Lưu thay đổi', 'Save the changes') : t('Thêm địa chỉ', 'Add the address'));
  const form = h('form', { id: 'address-form', class: 'form-grid panel', novalidate: true, 'aria-labelledby': 'address-form-title' },
    h('h2', { id: 'address-form-title' }, editing ? t('Sửa địa chỉ', 'Edit the address') : t('Thêm địa chỉ mới', 'Add a new address')),
    name.wrapper, phone.wrapper, line1.wrapper, commune.wrapper,
    h('label', { class: 'choice' }, isDefault, h('span', {}, t('Dùng làm địa chỉ mặc định', 'Use as the default address'))),
    h('div', { class: 'form-actions btn-row' }, submit,
      editing ? h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => done() }, t('Huỷ', 'Cancel')) : null));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const invalid = checkConstraints(form);
    if (invalid.length) { showErrors(form, invalid); return; }
    const body = {
      name: name.input.value.trim(), phone: phone.input.value.trim(), line1: line1.input.value.trim(),
      communeCode: commune.input.value, isDefault: isDefault.checked,
    };
    submit.disabled = true;
    try {
      if (editing) await put(`/api/my/addresses/${editing.id}`, body);
      else await post('/api/my/addresses', body, { idempotencyKey });
      toast(editing ? t('Đã lưu địa chỉ.', 'Address saved.') : t('Đã thêm địa chỉ.', 'Address added.'));
      done();
      return;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
      if (err instanceof ApiError && err.status === 400 && err.errors.length) showErrors(form, err.fieldErrors());
      else showFormMessage(form, 'error', t('Chưa lưu được địa chỉ', 'Could not save the address'), problemText(err));
    }
    submit.disabled = false;
  });
  return form;
}

function card(a, units, reload) {
  const actions = h('div', { class: 'btn-row' },
    h('button', { type: 'button', class: 'btn btn-secondary btn-small act-edit', onclick: () => render(units, a) }, t('Sửa', 'Edit')),
    a.isDefault ? null : h('button', {
      type: 'button', class: 'btn btn-secondary btn-small act-default',
      onclick: async () => {
        try {
          await put(`/api/my/addresses/${a.id}`, { name: a.name, phone: a.phone, line1: a.line1, communeCode: a.communeCode, isDefault: true });
          toast(t('Đã đặt làm địa chỉ mặc định.', 'Set as the default address.'));
        } catch (err) { toast(problemText(err)); }
        reload();
      },
    }, t('Đặt làm mặc định', 'Make it the default')),
    h('button', {
      type: 'button', class: 'btn btn-quiet btn-small act-delete',
      onclick: async () => {
        if (!await confirmDialog({ title: t('Xóa địa chỉ này?', 'Delete this address?'), text: addressText(a), confirmLabel: t('Xóa', 'Delete'), cancelLabel: t('Không', 'No'), danger: true })) return;
        try {
          await del(`/api/my/addresses/${a.id}`);
          toast(t('Đã xóa địa chỉ.', 'Address deleted.'));
        } catch (err) { toast(problemText(err)); }
        reload();
      },
    }, t('Xóa', 'Delete')));
  return h('li', { class: 'address-card card', dataset: { id: String(a.id), default: String(a.isDefault) } },
    h('h2', {}, a.name, a.isDefault ? h('span', { class: 'badge' }, t(' Mặc định', ' Default')) : null),
    h('p', { class: 'meta' }, a.phone),
    h('p', {}, addressText(a) || t('Xã, phường này không còn trong địa giới hiện nay; hãy sửa lại.', 'This commune or ward no longer exists in today\'s boundaries; please edit the address.')),
    actions);
}

async function render(units, editing = null) {
  fill(root, loading(t('Đang tải sổ địa chỉ…', 'Loading the address book…')));
  try {
    const addresses = await get('/api/my/addresses');
    const reload = () => render(units);
    fill(root,
      h('div', { class: 'workspace-head' }, h('h1', {}, t('Sổ địa chỉ', 'Address book')),
        h('a', { class: 'btn btn-quiet btn-small', href: '/orders.html' }, t('Đơn hàng của tôi', 'My orders'))),
      addresses.length
        ? h('ul', { id: 'address-list', class: 'address-book' }, addresses.map((a) => card(a, units, reload)))
        : emptyState(t('Chưa có địa chỉ nào', 'No addresses yet'), t('Lưu địa chỉ để lần sau đặt hàng nhanh hơn.', 'Save an address to order faster next time.')),
      addressForm(units, editing, reload));
    if (editing) root.querySelector('#addr-name')?.focus();
    setPageState('ready');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
    fill(root, errorBox(err, { page: true, retry: () => render(units) }));
    setPageState('error');
  }
}

async function start() {
  if (!isSignedIn()) { loginRedirect(); return; }
  const user = await me;
  if (!user) { loginRedirect(); return; }
  if (!user.roles?.includes('SHOPPER')) {
    fill(root, h('h1', {}, t('Sổ địa chỉ', 'Address book')), notice('info', t('Trang này dành cho người mua', 'This page is for shoppers'), t('Tài khoản của bạn không phải tài khoản người mua.', 'Your account is not a shopper account.')));
    setPageState('ready');
    return;
  }
  try {
    await render(await loadProvinces());
  } catch (err) {
    fill(root, errorBox(err, { page: true, retry: start }));
    setPageState('error');
  }
}

start();
