// Acting for one artisan from the helper's page: every call carries X-Acting-For, so it runs as
// the artisan through the ordinary artisan endpoints and is marked as the helper's (the artisan
// sees it under "Việc người hỗ trợ đã làm" and may undo it).

import { ApiError, api, describeError, translate } from '/js/api.js';
import { h, fill, loading, errorBox, notice, formatVnd, toast } from '/js/ui.js';
import { field, showErrors, clearErrors, checkConstraints, busy, parseVnd } from '/js/forms.js';

/** The API as the artisan, through the helper's mandate. */
export function actingApi(artisanId) {
  const headers = { 'X-Acting-For': String(artisanId) };
  return {
    get: (path) => api(path, { headers }),
    post: (path, body) => api(path, { method: 'POST', body, headers }),
    upload: (path, form) => api(path, { method: 'POST', form, headers }),
  };
}

/** A form's failure: field errors beside their fields, anything else as one notice. */
export function failure(form, err) {
  if (err instanceof ApiError && err.status === 400) {
    showErrors(form, err.fieldErrors());
  } else {
    form.querySelector('.form-result')?.replaceChildren(
      notice('error', 'Chưa thực hiện được', translate(err.detail) || describeError(err)));
  }
}

function textToHtml(text) {
  const p = document.createElement('p');
  p.textContent = String(text || '').trim();
  return p.outerHTML;
}

async function villagesIn(communes) {
  const codes = new Set(communes.map((c) => c.code));
  const all = await api('/api/craft-villages');
  return (Array.isArray(all) ? all : all.items || []).filter((v) => codes.has(v.commune?.code));
}

function shopForm(as, villages, done) {
  const name = field({ name: 'name', label: 'Tên cửa hàng', attrs: { required: true, maxlength: 120 } });
  const description = field({ name: 'description', label: 'Giới thiệu ngắn', control: h('textarea', { rows: 3, maxlength: 2000 }) });
  const village = field({ name: 'villageSlug', label: 'Làng nghề', control: h('select', { required: true },
    villages.map((v) => h('option', { value: v.slug }, v.name))) });
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Mở cửa hàng');
  const form = h('form', { id: 'act-shop-form', novalidate: true },
    h('h3', {}, 'Mở cửa hàng cho nghệ nhân'), name.wrapper, description.wrapper, village.wrapper,
    h('div', { class: 'form-result', role: 'status' }), submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!checkConstraints(form)) return;
    await busy(submit, 'Đang mở…', async () => {
      try {
        const shop = await as.post('/api/my/shop', {
          name: name.input.value.trim(), description: textToHtml(description.input.value),
          villageSlug: village.input.value,
        });
        toast('Đã mở cửa hàng; chờ cán bộ duyệt.');
        await done(shop);
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return form;
}

function productForm(as, shop, done) {
  const title = field({ name: 'title', label: 'Tên sản phẩm', attrs: { required: true, maxlength: 200 } });
  const price = field({ name: 'variants[0].priceVnd', label: 'Giá (đồng)', attrs: { required: true, inputmode: 'numeric' } });
  const stock = field({ name: 'variants[0].onHand', label: 'Số lượng có sẵn', type: 'number', attrs: { required: true, min: 0, value: 1 } });
  const photo = field({ name: 'file', label: 'Ảnh sản phẩm', type: 'file', attrs: { required: true, accept: 'image/jpeg,image/png,image/webp', capture: 'environment' } });
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Đăng sản phẩm');
  const form = h('form', { id: 'act-product-form', novalidate: true },
    h('h3', {}, 'Đăng sản phẩm có ảnh'),
    shop.status === 'APPROVED' ? null
      : notice('warn', 'Cửa hàng chờ duyệt', 'Sản phẩm được lưu nháp; bán được khi cán bộ duyệt cửa hàng.'),
    title.wrapper, price.wrapper, stock.wrapper, photo.wrapper,
    h('div', { class: 'form-result', role: 'status' }), submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!checkConstraints(form)) return;
    const priceVnd = parseVnd(price.input.value);
    const sku = `HT-${Date.now().toString(36).toUpperCase()}`;
    await busy(submit, 'Đang đăng…', async () => {
      try {
        const product = await as.post('/api/my/products', {
          title: title.input.value.trim(), description: textToHtml(title.input.value),
          villageSlug: shop.village?.slug || null,
          status: shop.status === 'APPROVED' ? 'ACTIVE' : 'DRAFT',
          variants: [{ sku, priceVnd, onHand: Number(stock.input.value) }],
        });
        const data = new FormData();
        data.append('file', photo.input.files[0]);
        data.append('alt', title.input.value.trim());
        await as.upload(`/api/my/products/${product.id}/images`, data);
        toast('Đã đăng sản phẩm.');
        await done();
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return form;
}

/** Fills the panel with what the helper can do for this artisan now. */
export async function mountActPanel(panel, mandate, communes, back) {
  const as = actingApi(mandate.artisanAccountId);
  const close = h('button', { type: 'button', class: 'btn btn-secondary btn-small', id: 'act-close' }, 'Quay lại danh sách');
  close.addEventListener('click', back);
  const head = [h('h2', {}, `Làm thay ${mandate.artisanName}`),
    h('p', { class: 'muted small' }, 'Mọi việc bạn làm ở đây được ghi lại; nghệ nhân xem được và hoàn tác được.'), close];
  const reload = () => mountActPanel(panel, mandate, communes, back);
  fill(panel, head, loading());
  try {
    // the mandate says whether the artisan has a shop yet (no request answered 404 for nothing)
    if (!mandate.shop) {
      fill(panel, head, shopForm(as, await villagesIn(communes), (opened) => {
        mandate.shop = opened;
        return reload();
      }));
      return;
    }
    const shop = await as.get('/api/my/shop');
    const [products, orders] = await Promise.all([
      as.get('/api/my/products?size=20'), as.get('/api/my/orders').catch(() => ({ items: [] }))]);
    fill(panel, head,
      h('p', { id: 'act-shop', dataset: { status: shop.status } }, `Cửa hàng: ${shop.name} · `,
        shop.status === 'APPROVED' ? 'đã duyệt' : shop.status === 'PENDING' ? 'chờ duyệt' : 'tạm ngừng'),
      productForm(as, shop, reload),
      h('h3', {}, 'Sản phẩm'),
      h('ul', { id: 'act-products' }, (products.items || []).map((p) => h('li', { class: 'act-product', dataset: { id: p.id, status: p.status } },
        p.title, ' · ', p.status === 'ACTIVE' ? 'đang bán' : p.status === 'DRAFT' ? 'nháp' : 'lưu trữ',
        p.images?.length ? ` · ${p.images.length} ảnh` : ' · chưa có ảnh',
        p.variants?.[0] ? ` · ${formatVnd(p.variants[0].priceVnd)}` : ''))),
      h('h3', {}, 'Đơn hàng'),
      (orders.items || []).length
        ? h('ul', { id: 'act-orders' }, orders.items.map((o) => h('li', {}, `${o.orderNumber || o.number || o.id} · ${o.status}`)))
        : h('p', { class: 'muted' }, 'Chưa có đơn nào.'));
  } catch (err) {
    fill(panel, head, errorBox(err, { retry: reload }));
  }
}
