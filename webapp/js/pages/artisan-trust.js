// The artisan's side of trust: the story and photo shown on the shop page (edited with the shop's
// details), and the listings an officer hid, each with its reason and the artisan's answer
// (GET /api/my/listing-takedowns, POST /api/my/products/{id}/appeal).
// Hooks for tests: #shop-story-input, #shop-photo-input, #hidden-listings, .hidden-listing[data-product-id],
// .appeal-text, .send-appeal.

import { ApiError, api, describeError, get, post } from '/js/api.js';
import { field } from '/js/forms.js';
import { h, formatDateTime, notice, toast } from '/js/ui.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** The story field of the shop form; `value()` is what PUT /api/my/shop takes as `story`. */
export function ownerStoryField(shop) {
  const story = field({
    name: 'story', label: 'Câu chuyện nghệ nhân', optional: true, id: 'shop-story-input',
    hint: 'Bạn là ai, học nghề từ đâu, làm ra sản phẩm thế nào. Hiện trên trang cửa hàng.',
    control: h('textarea', { rows: 5, maxlength: 4000 }),
  });
  story.input.value = shop?.story || '';
  return { wrapper: story.wrapper, value: () => story.input.value.trim() };
}

/**
 * A file input that uploads the chosen picture at once (multipart `file` to `path`): JPEG, PNG or
 * WebP up to 8 MB, the server's answer to `onSaved`, a problem in `result`.
 */
export function pictureUpload(id, path, done, onSaved) {
  const input = h('input', { type: 'file', accept: IMAGE_TYPES.join(','), id });
  const result = h('p', { class: 'field-error', role: 'status' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    result.textContent = '';
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type) || file.size > MAX_IMAGE_BYTES) {
      result.textContent = 'Chọn ảnh JPEG, PNG hoặc WebP, tối đa 8 MB.';
      return;
    }
    const data = new FormData();
    data.append('file', file);
    try {
      onSaved(await api(path, { method: 'POST', form: data }));
      toast(done);
    } catch (err) {
      result.textContent = describeError(err);
    }
  });
  return { input, result };
}

/** The artisan's photo, uploaded at once (only for a shop that exists). */
export function ownerPhotoField(shop) {
  if (!shop) return null;
  const preview = h('div', { class: 'upload-preview' },
    shop.ownerPhotoUrl ? h('img', { class: 'owner-photo', src: shop.ownerPhotoUrl, alt: 'Ảnh nghệ nhân hiện tại', width: 160, height: 160 }) : null);
  const { input, result } = pictureUpload('shop-photo-input', '/api/my/shop/photo', 'Đã lưu ảnh nghệ nhân.', (saved) => {
    preview.replaceChildren(h('img', { class: 'owner-photo', src: saved.ownerPhotoUrl, alt: 'Ảnh nghệ nhân', width: 160, height: 160 }));
  });
  return h('div', { class: 'field', dataset: { field: 'file' } },
    h('label', { for: 'shop-photo-input' }, 'Ảnh nghệ nhân', h('span', { class: 'optional' }, ' (không bắt buộc)')),
    preview, input, result);
}

/** Fills `slot` with the shop's hidden listings, if any; nothing shows when there are none. */
export async function mountHiddenListings(slot) {
  if (!slot) return;
  let items;
  try {
    items = (await get('/api/my/listing-takedowns')).items.filter((t) => t.inForce);
  } catch {
    return;
  }
  if (!items.length) return;
  slot.replaceChildren(h('section', { id: 'hidden-listings', class: 'panel', 'aria-labelledby': 'hidden-listings-title' },
    h('h2', { id: 'hidden-listings-title' }, 'Sản phẩm bị cán bộ tạm ẩn'),
    h('p', { class: 'muted' }, 'Khách không thấy các sản phẩm này. Hãy sửa theo lý do nêu dưới đây và gửi giải trình; cán bộ sẽ xem xét cho hiển thị lại.'),
    h('ul', { class: 'queue-list' }, items.map(hiddenListing))));
}

function hiddenListing(t) {
  const text = h('textarea', { class: 'appeal-text', rows: 3, maxlength: 4000, 'aria-label': `Giải trình cho “${t.listing?.title || ''}”` });
  text.value = t.appealText || '';
  const send = h('button', { type: 'button', class: 'btn btn-small send-appeal' }, t.appealText ? 'Gửi lại giải trình' : 'Gửi giải trình');
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  send.addEventListener('click', async () => {
    if (!text.value.trim()) {
      result.replaceChildren(notice('error', null, 'Hãy viết giải trình.'));
      return;
    }
    send.disabled = true;
    try {
      const saved = await post(`/api/my/products/${t.productId}/appeal`, { text: text.value.trim() });
      result.replaceChildren(notice('ok', null, `Đã gửi giải trình lúc ${formatDateTime(saved.appealedAt)}.`));
    } catch (err) {
      result.replaceChildren(notice('error', 'Chưa gửi được', err instanceof ApiError ? describeError(err) : String(err)));
    } finally {
      send.disabled = false;
    }
  });
  return h('li', { class: 'card hidden-listing', dataset: { productId: t.productId } },
    h('h3', {}, t.listing?.title || `Sản phẩm #${t.productId}`),
    h('p', {}, h('strong', {}, 'Lý do: '), h('span', { class: 'hidden-reason' }, t.reason)),
    h('p', { class: 'muted small' }, `Ẩn lúc ${formatDateTime(t.hiddenAt)}`),
    text, h('div', { class: 'btn-row' }, send), result);
}
