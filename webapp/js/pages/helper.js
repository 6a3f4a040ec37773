// The commune digital helper's page (phone first): my communes, onboarding an artisan who is not
// online (with a code the artisan receives, or a photo of the signed consent), the artisans I help,
// and acting for one of them (open the shop, list a product with a photo, see orders, hand over).
// Hooks for the browser test: #onboard-form, #consent-form, .mandate[data-id][data-state],
// .act-for, #act-panel, #act-shop-form, #act-product-form, .hand-over, body[data-state].

import { get, post, describeError } from '/js/api.js';
import { mountLayout, signedInUser } from '/js/layout.js';
import { h, fill, loading, errorBox, emptyState, notice, setPageState, setTitle, toast } from '/js/ui.js';
import { field, clearErrors, checkConstraints, busy } from '/js/forms.js';
import { failure, mountActPanel } from '/js/pages/helper-act.js';

const { me } = mountLayout({ active: 'helper' });
setTitle('Hỗ trợ số');

const root = document.getElementById('helper');
const state = { communes: [], mandates: [] };

const STATE_LABEL = {
  AWAITING_CONSENT: 'Chờ nghệ nhân đồng ý',
  ACTIVE: 'Đang hỗ trợ',
  HANDED_OVER: 'Đã trao lại',
};

function communesSection() {
  return h('section', { class: 'card', id: 'my-communes' },
    h('h2', {}, 'Xã tôi phụ trách'),
    h('ul', {}, state.communes.map((c) => h('li', { dataset: { code: c.code } }, `${c.name} (${c.code})`))));
}

function onboardForm() {
  const name = field({ name: 'displayName', label: 'Họ tên nghệ nhân', attrs: { required: true, maxlength: 120, autocomplete: 'off' } });
  const email = field({ name: 'email', label: 'E-mail của nghệ nhân', type: 'email', hint: 'Mã đồng ý và thư nhận tài khoản gửi về đây.', attrs: { required: true, maxlength: 254 } });
  const phone = field({ name: 'phone', label: 'Số điện thoại Zalo', type: 'tel', optional: true, hint: 'Nếu có, mã cũng gửi qua Zalo.', attrs: { maxlength: 20 } });
  const commune = field({
    name: 'communeCode', label: 'Xã',
    control: h('select', { required: true }, state.communes.map((c) => h('option', { value: c.code }, c.name))),
  });
  const consent = h('fieldset', { class: 'field' },
    h('legend', {}, 'Nghệ nhân đồng ý bằng'),
    h('label', {}, h('input', { type: 'radio', name: 'consent', value: 'CODE', checked: true }), ' Mã gửi cho nghệ nhân'),
    h('label', {}, h('input', { type: 'radio', name: 'consent', value: 'PHOTO' }), ' Ảnh giấy đồng ý đã ký'));
  const submit = h('button', { type: 'submit', class: 'btn' }, 'Lập tài khoản');
  const form = h('form', { id: 'onboard-form', class: 'card', novalidate: true },
    h('h2', {}, 'Đưa một nghệ nhân lên chợ'),
    name.wrapper, email.wrapper, phone.wrapper, commune.wrapper, consent,
    h('div', { class: 'form-result', role: 'status' }), submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!checkConstraints(form)) return;
    const body = {
      displayName: name.input.value.trim(), email: email.input.value.trim(),
      phone: phone.input.value.trim() || null, communeCode: commune.input.value,
      consent: form.querySelector('input[name="consent"]:checked').value,
    };
    await busy(submit, 'Đang lập…', async () => {
      try {
        const mandate = await post('/api/helper/artisans', body);
        toast(body.consent === 'CODE' ? 'Đã gửi mã cho nghệ nhân.' : 'Đã lập tài khoản.');
        await load(mandate.id);
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return form;
}

/** The consent step of a mandate still waiting: the code the artisan reads out, or the photo. */
function consentForm(mandate) {
  const code = field({ name: 'code', label: 'Mã nghệ nhân nhận được (6 chữ số)', attrs: { inputmode: 'numeric', pattern: '[0-9]{6}', maxlength: 6, autocomplete: 'one-time-code' } });
  const photo = field({ name: 'file', label: 'Hoặc ảnh giấy đồng ý đã ký', type: 'file', optional: true, attrs: { accept: 'image/jpeg,image/png,image/webp', capture: 'environment' } });
  const confirm = h('button', { type: 'submit', class: 'btn' }, 'Xác nhận');
  const resend = h('button', { type: 'button', class: 'btn btn-secondary resend-code' }, 'Gửi lại mã');
  const form = h('form', { id: 'consent-form', class: 'card', novalidate: true, dataset: { mandate: mandate.id } },
    h('h2', {}, `Sự đồng ý của ${mandate.artisanName}`),
    code.wrapper, photo.wrapper, h('div', { class: 'form-result', role: 'status' }),
    h('div', { class: 'btn-row' }, confirm, resend));
  resend.addEventListener('click', () => busy(resend, 'Đang gửi…', async () => {
    try {
      await post(`/api/helper/mandates/${mandate.id}/consent-code`);
      toast('Đã gửi mã mới.');
    } catch (err) {
      failure(form, err);
    }
  }));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    await busy(confirm, 'Đang xác nhận…', async () => {
      try {
        const file = photo.input.files?.[0];
        if (file) {
          const data = new FormData();
          data.append('file', file);
          await post(`/api/helper/mandates/${mandate.id}/consent-photo`, undefined, { form: data });
        } else {
          await post(`/api/helper/mandates/${mandate.id}/consent`, { code: code.input.value.trim() });
        }
        toast('Nghệ nhân đã đồng ý.');
        await load();
      } catch (err) {
        failure(form, err);
      }
    });
  });
  return form;
}

function mandateItem(m) {
  const result = h('div', { role: 'status' });
  const actions = [];
  if (m.state === 'ACTIVE') {
    const act = h('button', { type: 'button', class: 'btn btn-small act-for' }, 'Làm thay');
    act.addEventListener('click', () => openActPanel(m));
    const handOver = h('button', { type: 'button', class: 'btn btn-secondary btn-small hand-over' }, 'Trao lại cho nghệ nhân');
    handOver.addEventListener('click', () => busy(handOver, 'Đang trao…', async () => {
      try {
        await post(`/api/helper/mandates/${m.id}/hand-over`);
        toast('Đã trao lại; nghệ nhân nhận thư để đặt mật khẩu.');
        await load();
      } catch (err) {
        result.replaceChildren(notice('error', 'Chưa trao lại được', describeError(err)));
      }
    }));
    actions.push(act, handOver);
  }
  return h('li', { class: 'card mandate', dataset: { id: m.id, state: m.state, artisan: m.artisanAccountId } },
    h('h3', {}, m.artisanName),
    h('p', { class: 'muted small' }, `${m.commune?.name || ''} · ${STATE_LABEL[m.state] || m.state}`),
    m.shop ? h('p', {}, `Cửa hàng: ${m.shop.name}`) : null,
    h('div', { class: 'btn-row' }, actions), result);
}

function openActPanel(mandate) {
  const panel = h('section', { id: 'act-panel', class: 'card' });
  fill(root, panel);
  mountActPanel(panel, mandate, state.communes, () => load());
  panel.scrollIntoView();
}

async function load(pendingId) {
  setPageState('loading');
  fill(root, loading());
  try {
    [state.communes, state.mandates] = await Promise.all([get('/api/helper/communes'), get('/api/helper/mandates')]);
    const waiting = state.mandates.filter((m) => m.state === 'AWAITING_CONSENT');
    const focus = waiting.find((m) => m.id === pendingId);
    fill(root,
      focus ? consentForm(focus) : null,
      communesSection(),
      state.communes.length ? onboardForm() : notice('warn', 'Chưa có xã', 'Cán bộ chưa giao xã nào cho bạn.'),
      h('section', { id: 'my-artisans' },
        h('h2', {}, 'Nghệ nhân tôi hỗ trợ'),
        state.mandates.length
          ? h('ul', { class: 'mandates' }, state.mandates.map(mandateItem))
          : emptyState('Chưa có nghệ nhân', 'Lập tài khoản cho nghệ nhân đầu tiên ở trên.')),
      waiting.filter((m) => m !== focus).map(consentForm));
    setPageState('ready');
  } catch (err) {
    fill(root, errorBox(err, { retry: () => load() }));
    setPageState('error');
  }
}

(async () => {
  const user = await signedInUser(me);
  if (!user) return;
  if (!user.roles?.includes('DIGITAL_HELPER')) {
    fill(root, notice('error', 'Không có quyền', 'Trang này dành cho người hỗ trợ số của xã.'));
    setPageState('error');
    return;
  }
  await load();
})();

