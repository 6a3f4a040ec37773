// "Dữ liệu cá nhân" (Law 91): consents per purpose with their history, "Tải dữ liệu của tôi"
// (the JSON and a readable copy) and "Xoá tài khoản". Vietnamese only, phone first.
// Hooks for tests: #consents-form input[name=purpose][value], #consents-save, #export-load,
// #export-download, #export-view, #erase-form, #erase-password, #erase-result, body[data-state].

import { ApiError, api, clearAuth, describeError, forgetPersonalCopies, get, isSignedIn, put, translate } from '/js/api.js';
import { mountLayout } from '/js/layout.js';
import { confirmDialog, errorBox, fill, formatDateTime, h, loading, notice, setPageState, setTitle, toast } from '/js/ui.js';

mountLayout({ active: 'my-data' });
setTitle('Dữ liệu cá nhân');

const root = document.getElementById('my-data');

const PURPOSES = {
  ORDER_PROCESSING: ['Xử lý đơn hàng', 'Tên, số điện thoại, địa chỉ giao hàng dùng để giao hàng, thanh toán, đổi trả. Cần để mua hàng (hợp đồng mua bán): nếu rút lại, bạn không đặt được đơn mới.'],
  MARKETING_EMAIL: ['Tin và ưu đãi qua thư điện tử', 'Chỉ gửi khi bạn bật. Rút lại bất cứ lúc nào.'],
  MARKETING_ZALO: ['Tin và ưu đãi qua Zalo', 'Chỉ gửi khi bạn bật. Rút lại bất cứ lúc nào.'],
};
const HOW = { SIGN_UP: 'khi đăng ký', SETTINGS: 'trong cài đặt' };

const SECTIONS = {
  account: 'Tài khoản', consents: 'Sự đồng ý', addresses: 'Sổ địa chỉ', orders: 'Đơn hàng', cart: 'Giỏ hàng',
  orderMessages: 'Tin nhắn với cửa hàng', productQuestions: 'Câu hỏi về sản phẩm', reviews: 'Đánh giá',
  returns: 'Trả hàng, khiếu nại', notificationSettings: 'Số Zalo nhận thông báo', notifications: 'Thông báo đã gửi',
  listingReports: 'Phản ánh vi phạm', shop: 'Cửa hàng', payoutAccounts: 'Tài khoản nhận tiền', payouts: 'Các lần chi trả',
};

function problemText(err) {
  return err instanceof ApiError ? translate(err.detail) || describeError(err) : describeError(err);
}

function consentsPanel(view) {
  const boxes = view.purposes.map((p) => {
    const [title, text] = PURPOSES[p.purpose] || [p.purpose, ''];
    const box = h('input', { type: 'checkbox', name: 'purpose', value: p.purpose, checked: p.granted });
    const history = h('details', {}, h('summary', {}, 'Lịch sử'),
      h('ul', {}, ...p.history.map((r) => h('li', {},
        `${r.granted ? 'Đồng ý' : 'Không đồng ý / rút lại'} ${HOW[r.how] || r.how}, ${formatDateTime(r.at)}`))));
    return h('div', { class: 'field' },
      h('label', { class: 'choice' }, box, h('span', {}, h('strong', {}, title), ' — ', text)),
      p.history.length ? history : h('p', { class: 'hint' }, 'Chưa ghi nhận lần nào.'));
  });
  const save = h('button', { type: 'submit', class: 'btn', id: 'consents-save' }, 'Lưu lựa chọn');
  const form = h('form', { id: 'consents-form', class: 'form-grid panel', 'aria-labelledby': 'consents-title' },
    h('h2', { id: 'consents-title' }, 'Sự đồng ý của bạn'), ...boxes, h('div', { class: 'form-actions' }, save));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    try {
      const purposes = [...form.querySelectorAll('input[name="purpose"]')].map((b) => ({ purpose: b.value, granted: b.checked }));
      form.replaceWith(consentsPanel(await put('/api/my/consents', { purposes })));
      toast('Đã lưu lựa chọn.');
    } catch (err) {
      save.disabled = false;
      form.append(notice('error', 'Chưa lưu được', problemText(err)));
    }
  });
  return form;
}

function readable(value) {
  if (value === null || value === undefined || value === '') return h('span', { class: 'hint' }, '—');
  if (Array.isArray(value)) {
    if (!value.length) return h('span', { class: 'hint' }, 'Không có');
    return h('ol', {}, ...value.map((v) => h('li', {}, readable(v))));
  }
  if (typeof value === 'object') {
    return h('dl', { class: 'data-list' }, ...Object.entries(value).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, readable(v))]));
  }
  return String(value);
}

function exportPanel() {
  const view = h('div', { id: 'export-view' });
  const link = h('a', { id: 'export-download', class: 'btn btn-secondary', hidden: true, download: 'du-lieu-cua-toi.json' }, 'Lưu tệp JSON');
  const load = h('button', { type: 'button', class: 'btn', id: 'export-load' }, 'Tải dữ liệu của tôi');
  load.addEventListener('click', async () => {
    load.disabled = true;
    fill(view, loading('Đang gom dữ liệu…'));
    try {
      const data = await get('/api/my/data-export');
      link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      link.hidden = false;
      fill(view, ...Object.entries(data.sections).map(([name, content]) =>
        h('section', { class: 'panel' }, h('h3', {}, SECTIONS[name] || name), readable(content))));
    } catch (err) {
      fill(view, errorBox(err));
    } finally {
      load.disabled = false;
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'export-title' },
    h('h2', { id: 'export-title' }, 'Tải dữ liệu của tôi'),
    h('p', {}, 'Mọi dữ liệu sàn đang giữ về bạn: tài khoản, địa chỉ, đơn hàng, tin nhắn, đánh giá, trả hàng, sự đồng ý. Xem ngay dưới đây hoặc lưu thành tệp JSON.'),
    h('div', { class: 'btn-row' }, load, link), view);
}

function erasePanel() {
  const password = h('input', { type: 'password', id: 'erase-password', name: 'password', autocomplete: 'current-password', required: true, maxlength: 128 });
  const result = h('div', { id: 'erase-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-danger' }, 'Xoá tài khoản');
  const form = h('form', { id: 'erase-form', class: 'form-grid panel', 'aria-labelledby': 'erase-title' },
    h('h2', { id: 'erase-title' }, 'Xoá tài khoản'),
    h('p', {}, 'Tên, thư điện tử, số điện thoại, địa chỉ, tin nhắn và lời đánh giá của bạn bị xoá ngay. Đơn hàng, sổ kế toán và chứng từ thuế mà pháp luật buộc lưu vẫn được giữ nhưng chỉ còn tên ẩn danh. Không thể hoàn tác.'),
    h('div', { class: 'field' }, h('label', { for: 'erase-password' }, 'Nhập lại mật khẩu để xác nhận'), password),
    h('div', { class: 'form-actions' }, submit), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!password.value) { password.focus(); return; }
    const sure = await confirmDialog({ title: 'Xoá tài khoản?', text: 'Dữ liệu cá nhân của bạn sẽ bị xoá ngay và không thể khôi phục.', confirmLabel: 'Xoá vĩnh viễn', danger: true });
    if (!sure) return;
    submit.disabled = true;
    try {
      await api('/api/me', { method: 'DELETE', body: { password: password.value } });
      clearAuth();
      await forgetPersonalCopies();
      fill(root, notice('ok', 'Tài khoản đã được xoá', 'Cảm ơn bạn đã dùng Làng Nghề Market.'));
    } catch (err) {
      submit.disabled = false;
      const waiting = err instanceof ApiError && err.status === 409 ? err.errors : [];
      fill(result, notice('error', err.status === 409 ? 'Chưa xoá được: cần xong những việc này trước' : 'Chưa xoá được',
        err.status === 409 ? null : problemText(err),
        waiting.length ? h('ul', {}, ...waiting.map((w) => h('li', {}, w.message))) : null));
    }
  });
  return form;
}

async function render() {
  if (!isSignedIn()) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname)}`);
    return;
  }
  fill(root, loading());
  try {
    const consents = await get('/api/my/consents');
    fill(root, h('h1', {}, 'Dữ liệu cá nhân'),
      h('p', {}, 'Theo Luật Bảo vệ dữ liệu cá nhân, bạn quyết định dữ liệu của mình được dùng vào việc gì. ',
        h('a', { href: '/chinh-sach-bao-mat.html' }, 'Đọc chính sách bảo mật')),
      consentsPanel(consents), exportPanel(), erasePanel());
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { page: true, retry: render }));
    setPageState('error');
  }
}

render();
