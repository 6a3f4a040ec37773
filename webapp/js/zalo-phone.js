// The phone a person gets Zalo notices on (GET/PUT /api/my/notification-settings). Without one,
// notices come by e-mail only. Hooks for the browser test: #zalo-phone-form, #zalo-phone.

import { describeError, get, put } from '/js/api.js';
import { h } from '/js/ui.js';
import { t } from '/js/i18n.js';

export function zaloPhoneForm() {
  const input = h('input', { id: 'zalo-phone', name: 'zaloPhone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 30 });
  const status = h('p', { class: 'muted', role: 'status' });
  const save = h('button', { class: 'btn btn-secondary btn-small', type: 'submit' }, t('Lưu', 'Save'));
  const form = h('form', { id: 'zalo-phone-form', class: 'panel' },
    h('label', { for: 'zalo-phone' }, t('Số điện thoại nhận thông báo Zalo', 'Phone number for Zalo notices')),
    h('p', { class: 'muted' }, t('Để trống nếu chỉ muốn nhận thư điện tử. Số này không hiện cho ai khác.', 'Leave it empty to get e-mail only. Nobody else sees this number.')),
    input, h('div', { class: 'btn-row' }, save), status);
  get('/api/my/notification-settings').then((s) => { input.value = s.zaloPhone || ''; }).catch(() => {});
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      const saved = await put('/api/my/notification-settings', { zaloPhone: input.value.trim() || null });
      input.value = saved.zaloPhone || '';
      status.textContent = saved.zaloPhone ? t('Đã lưu. Thông báo sẽ đến qua Zalo và thư điện tử.', 'Saved. Notices will come by Zalo and e-mail.') : t('Đã lưu. Thông báo chỉ đến qua thư điện tử.', 'Saved. Notices will come by e-mail only.');
    } catch (err) {
      status.textContent = describeError(err);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
