// The shopper's address book (/api/my/addresses): add, edit, delete, choose the default.
// Hooks for the browser test: #address-list > .address-card[data-id][data-default], #address-form,
// #addr-name, #addr-phone, #addr-line1, select#addr-commune, #addr-default, body[data-state].

import { ApiError, del, describeError, get, isSignedIn, newIdempotencyKey, post, put, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, toast, confirmDialog } from '/js/ui.js';
import { field, showErrors, showFormMessage, clearErrors, checkConstraints } from '/js/forms.js';
import { addressText } from '/js/saved-addresses.js';
import { addressPicker, loadProvinces } from '/js/address-picker.js';

const { me } = mountLayout({ active: 'orders' });
setTitle('Sổ địa chỉ');

const root = document.getElementById('addresses');

function loginRedirect() {
  location.replace(`/login.html?next=${encodeURIComponent(location.pathname)}`);
}

function problemText(err) {
  return err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err);
}

function addressForm(units, editing, done) {
  const name = field({ id: 'addr-name', name: 'name', label: 'Họ tên người nhận', attrs: { autocomplete: 'name', required: true, maxlength: 100, value: editing?.name || '' } });
  const phone = field({
    id: 'addr-phone', name: 'phone', label: 'Số điện thoại', type: 'tel', hint: 'Ví dụ 0912 345 678 hoặc (024) 3825 1234.',
    attrs: { autocomplete: 'tel', inputmode: 'tel', required: true, maxlength: 30, value: editing?.phone || '' },
  });
  const line1 = field({ id: 'addr-line1', name: 'line1', label: 'Số nhà, đường, thôn, xóm', attrs: { autocomplete: 'street-address', required: true, maxlength: 200, value: editing?.line1 || '' } });
  const commune = addressPicker({ provinces: units, name: 'communeCode', id: 'addr' });
  if (editing) commune.choose(editing.provinceCode, editing.communeCode);
  const isDefault = h('input', { type: 'checkbox', id: 'addr-default', name: 'isDefault', checked: Boolean(editing?.isDefault) });
  // one key per form: a double tap or a retry after a lost answer saves the address once
  const idempotencyKey = newIdempotencyKey();
  const submit = h('button', { type: 'submit', class: 'btn', id: 'addr-save' }, editing ? 'Lưu thay đổi' : 'Thêm địa chỉ');
  const form = h('form', { id: 'address-form', class: 'form-grid panel', novalidate: true, 'aria-labelledby': 'address-form-title' },
    h('h2', { id: 'address-form-title' }, editing ? 'Sửa địa chỉ' : 'Thêm địa chỉ mới'),
    name.wrapper, phone.wrapper, line1.wrapper, commune.wrapper,
    h('label', { class: 'choice' }, isDefault, h('span', {}, 'Dùng làm địa chỉ mặc định')),
    h('div', { class: 'form-actions btn-row' }, submit,
      editing ? h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => done() }, 'Huỷ') : null));
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
      toast(editing ? 'Đã lưu địa chỉ.' : 'Đã thêm địa chỉ.');
      done();
      return;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) { loginRedirect(); return; }
      if (err instanceof ApiError && err.status === 400 && err.errors.length) showErrors(form, err.fieldErrors());
      else showFormMessage(form, 'error', 'Chưa lưu được địa chỉ', problemText(err));
    }
    submit.disabled = false;
  });
  return form;
}

function card(a, units, reload) {
  const actions = h('div', { class: 'btn-row' },
    h('button', { type: 'button', class: 'btn btn-secondary btn-small act-edit', onclick: () => render(units, a) }, 'Sửa'),
    a.isDefault ? null : h('button', {
      type: 'button', class: 'btn btn-secondary btn-small act-default',
      onclick: async () => {
        try {
          await put(`/api/my/addresses/${a.id}`, { name: a.name, phone: a.phone, line1: a.line1, communeCode: a.communeCode, isDefault: true });
          toast('Đã đặt làm địa chỉ mặc định.');
        } catch (err) { toast(problemText(err)); }
        reload();
      },
    }, 'Đặt làm mặc định'),
    h('button', {
      type: 'button', class: 'btn btn-quiet btn-small act-delete',
      onclick: async () => {
        if (!await confirmDialog({ title: 'Xóa địa chỉ này?', text: addressText(a), confirmLabel: 'Xóa', cancelLabel: 'Không', danger: true })) return;
        try {
          await del(`/api/my/addresses/${a.id}`);
          toast('Đã xóa địa chỉ.');
        } catch (err) { toast(problemText(err)); }
        reload();
      },
    }, 'Xóa'));
  return h('li', { class: 'address-card card', dataset: { id: String(a.id), default: String(a.isDefault) } },
    h('h2', {}, a.name, a.isDefault ? h('span', { class: 'badge' }, ' Mặc định') : null),
    h('p', { class: 'meta' }, a.phone),
    h('p', {}, addressText(a) || 'Xã, phường này không còn trong địa giới hiện nay; hãy sửa lại.'),
    actions);
}

async function render(units, editing = null) {
  fill(root, loading('Đang tải sổ địa chỉ…'));
  try {
    const addresses = await get('/api/my/addresses');
    const reload = () => render(units);
    fill(root,
      h('div', { class: 'workspace-head' }, h('h1', {}, 'Sổ địa chỉ'),
        h('a', { class: 'btn btn-quiet btn-small', href: '/orders.html' }, 'Đơn hàng của tôi')),
      addresses.length
        ? h('ul', { id: 'address-list', class: 'address-book' }, addresses.map((a) => card(a, units, reload)))
        : emptyState('Chưa có địa chỉ nào', 'Lưu địa chỉ để lần sau đặt hàng nhanh hơn.'),
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
    fill(root, h('h1', {}, 'Sổ địa chỉ'), notice('info', 'Trang này dành cho người mua', 'Tài khoản của bạn không phải tài khoản người mua.'));
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
