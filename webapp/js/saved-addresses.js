// The shopper's saved addresses (GET /api/my/addresses), shared by checkout and the address book:
// the list as radio choices and an address as one line of text.

import { get } from '/js/api.js';
import { h } from '/js/ui.js';
import { t } from '/js/i18n.js';

/** The saved addresses, default first; none when they cannot be read (checkout still works). */
export async function savedAddresses() {
  try {
    return await get('/api/my/addresses');
  } catch {
    return [];
  }
}

/** "Số 5, thôn Đồng Xâm, Xã Trà Giang, Tỉnh Hưng Yên" */
export function addressText(a) {
  return [a.line1, a.communeName, a.provinceName].filter(Boolean).join(', ');
}

/**
 * Radio choices, one per saved address and a last one for another address; the default is
 * chosen at first. `onChoose(address or null)` runs on every change and once at the start.
 * Hooks for the browser test: #saved-addresses input[name=savedAddress][value=id|new].
 */
export function savedAddressChoices(addresses, onChoose) {
  const choice = (value, checked, title, detail) => h('label', { class: 'saved-address' },
    h('input', { type: 'radio', name: 'savedAddress', value, checked }),
    h('span', {}, h('strong', {}, title), detail ? h('small', {}, detail) : null));
  const fieldset = h('fieldset', { id: 'saved-addresses', class: 'saved-addresses' },
    h('legend', {}, t('Giao đến địa chỉ đã lưu', 'Deliver to a saved address')),
    addresses.map((a) => choice(String(a.id), a.isDefault,
      `${a.name} · ${a.phone}${a.isDefault ? t(' · Mặc định', ' · Default') : ''}`, addressText(a))),
    choice('new', !addresses.some((a) => a.isDefault), t('Địa chỉ khác', 'Another address'), t('Nhập địa chỉ mới bên dưới', 'Type a new address below')));
  const chosen = () => {
    const value = fieldset.querySelector('input[name="savedAddress"]:checked')?.value;
    return addresses.find((a) => String(a.id) === value) || null;
  };
  fieldset.addEventListener('change', () => onChoose(chosen()));
  queueMicrotask(() => onChoose(chosen()));
  return fieldset;
}
