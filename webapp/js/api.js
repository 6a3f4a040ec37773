// The one way pages talk to /api: JSON in and out, the bearer token, and problem+json errors
// turned into ApiError with messages in the page's language (the server speaks English).

import { LANG, t } from '/js/i18n.js';

const TOKEN_KEY = 'lnm.auth';

export class ApiError extends Error {
  constructor({ status, title, detail, errors, problem, retryAfter }) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status; // 0 when the server could not be reached
    this.title = title || '';
    this.detail = detail || '';
    this.errors = Array.isArray(errors) ? errors : [];
    this.problem = problem || null;
    this.retryAfter = retryAfter ?? null;
  }

  /** The field errors with their messages in the page's language. */
  fieldErrors() {
    return this.errors.map((e) => ({ field: String(e.field ?? ''), message: translate(e.message) }));
  }
}

// ---- token ----

export function getAuth() {
  try {
    const stored = JSON.parse(localStorage.getItem(TOKEN_KEY) || 'null');
    if (!stored || typeof stored.token !== 'string') return null;
    if (stored.expiresAt && Date.parse(stored.expiresAt) <= Date.now()) {
      clearAuth();
      return null;
    }
    return stored;
  } catch {
    return null;
  }
}

export function setAuth({ token, expiresAt }) {
  localStorage.setItem(TOKEN_KEY, JSON.stringify({ token, expiresAt }));
}

export function clearAuth() {
  localStorage.removeItem(TOKEN_KEY);
  return forgetPersonalCopies();
}

/**
 * Deletes what the service worker (/sw.js) saved for the signed-in account (the order list kept for
 * offline reading), so nothing of it is left for whoever uses this browser next.
 */
export async function forgetPersonalCopies() {
  if (!('caches' in window)) return;
  try {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('lnm-personal-')).map((name) => caches.delete(name)));
  } catch {
    // storage refused (a private window): nothing was saved either
  }
}

export function isSignedIn() {
  return getAuth() !== null;
}

// ---- requests ----

/**
 * Calls the API. `body` is sent as JSON, `form` (a FormData) as multipart. Resolves to the parsed
 * JSON (or null for 204); rejects with ApiError. `onResponse` is handed the Response first.
 */
export async function api(path, { method = 'GET', body, form, headers = {}, signal, idempotencyKey, onResponse } = {}) {
  const send = async (withAuth) => {
    const h = { Accept: 'application/json', ...headers };
    const auth = withAuth ? getAuth() : null;
    if (auth) h.Authorization = `Bearer ${auth.token}`;
    if (idempotencyKey) h['Idempotency-Key'] = idempotencyKey;
    let payload;
    if (form) {
      payload = form;
    } else if (body !== undefined) {
      h['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, { method, headers: h, body: payload, signal, credentials: 'same-origin' });
    } catch (e) {
      if (e?.name === 'AbortError') throw e;
      throw new ApiError({ status: 0, title: 'network', detail: '' });
    }
    return { response, sentToken: Boolean(auth) };
  };

  let { response, sentToken } = await send(true);
  if (response.status === 401 && sentToken) {
    // The token expired or was revoked: forget it, and let public reads go on anonymously.
    clearAuth();
    window.dispatchEvent(new CustomEvent('lnm:signed-out'));
    if (method === 'GET') ({ response } = await send(false));
  }
  // lets a page read the answer's headers (shop-orders.js: whether it is the service worker's copy)
  onResponse?.(response);
  return readResponse(response);
}

async function readResponse(response) {
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (response.status !== 204) {
    const text = await response.text();
    if (text && /json/i.test(type)) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }
  }
  if (response.ok) return data;
  const problem = data && typeof data === 'object' ? data : {};
  throw new ApiError({
    status: response.status,
    title: problem.title,
    detail: problem.detail,
    errors: problem.errors,
    problem: data,
    retryAfter: Number(response.headers.get('Retry-After')) || null,
  });
}

export const get = (path, opts) => api(path, { ...opts, method: 'GET' });
export const post = (path, body, opts) => api(path, { ...opts, method: 'POST', body });
export const put = (path, body, opts) => api(path, { ...opts, method: 'PUT', body });
export const del = (path, opts) => api(path, { ...opts, method: 'DELETE' });

/** A key for Idempotency-Key; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey() {
  if (crypto.randomUUID && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

// ---- who am I ----

let mePromise = null;

/** The signed-in account (GET /api/me), or null when nobody is signed in. Fetched once per page. */
export function currentUser({ refresh = false } = {}) {
  if (!refresh && mePromise) return mePromise;
  if (!isSignedIn()) {
    mePromise = Promise.resolve(null);
    return mePromise;
  }
  mePromise = get('/api/me').catch((e) => {
    if (e.status === 401) return null;
    throw e;
  });
  return mePromise;
}

export async function signOut() {
  if (isSignedIn()) {
    try {
      await post('/api/auth/logout');
    } catch {
      // The token goes from this browser either way.
    }
  }
  await clearAuth();
  mePromise = null;
}

// ---- messages in the page's language ----

/** One sentence for the user, whatever went wrong. */
export function describeError(err, { notFound = t('Không tìm thấy nội dung bạn cần.', 'We could not find what you were looking for.') } = {}) {
  if (!(err instanceof ApiError)) return t('Đã có lỗi không mong muốn trên trang. Vui lòng tải lại trang.', 'Something unexpected went wrong on this page. Please reload it.');
  switch (err.status) {
    case 0:
      return t('Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.', 'Could not reach the server. Check your connection and try again.');
    case 400:
      return t('Thông tin gửi lên chưa hợp lệ. Vui lòng xem lại các ô được đánh dấu.', 'Some of the details are not valid. Please check the marked fields.');
    case 401:
      return t('Bạn cần đăng nhập để tiếp tục.', 'Please sign in to continue.');
    case 403:
      return t('Tài khoản của bạn không có quyền làm việc này.', 'Your account may not do this.');
    case 404:
      return notFound;
    case 409:
      return translate(err.detail) || t('Dữ liệu vừa thay đổi ở nơi khác. Vui lòng tải lại rồi thử lại.', 'This changed elsewhere in the meantime. Please reload and try again.');
    case 413:
      return t('Tệp quá lớn (tối đa 8 MB).', 'The file is too large (8 MB at most).');
    case 422:
      return translate(err.detail) || t('Yêu cầu không được chấp nhận.', 'The request was not accepted.');
    case 429:
      return translate(err.detail) || t('Bạn thử quá nhiều lần. Vui lòng đợi một lát.', 'Too many tries. Please wait a moment.');
    case 503:
      return t('Hệ thống đang tạm gián đoạn. Vui lòng thử lại sau ít phút.', 'The service is briefly unavailable. Please try again in a few minutes.');
    default:
      return err.status >= 500
        ? t('Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.', 'The server ran into a problem. Please try again in a few minutes.')
        : t('Yêu cầu không thực hiện được. Vui lòng thử lại.', 'The request could not be done. Please try again.');
  }
}

/** The error id a 500 carries in its detail, to quote when asking for help. */
export function errorId(err) {
  const m = /error id ([0-9a-f-]{8,})/i.exec(err?.detail || '');
  return m ? m[1] : null;
}

// The server speaks English: English pages show its words as they are; for Vietnamese pages these
// are the messages users meet most. Unknown ones pass through.
const MESSAGES = [
  [/^GHN refused the parcel: (.*)$/, 'GHN không nhận gói hàng này ($1). Kiểm tra địa chỉ và khối lượng rồi thử lại.'],
  [/^Cash on delivery is for orders up to (.+); this one comes to (.+)\.$/, 'Thanh toán khi nhận hàng chỉ dành cho đơn tới $1; đơn này (cả phí vận chuyển) là $2. Hãy chọn cách thanh toán khác.'],
  [/^Cash on delivery is not accepted by (.+)\.$/, 'Xưởng $1 không nhận thanh toán khi nhận hàng. Hãy chọn cách thanh toán khác.'],
  [/^must not be blank$/i, 'Không được để trống.'],
  [/^must not be empty$/i, 'Cần ít nhất một mục.'],
  [/^must not be null$/i, 'Vui lòng nhập hoặc chọn giá trị này.'],
  [/^must be a well-formed email address$/i, 'Địa chỉ e-mail chưa đúng.'],
  [/^size must be between 0 and (\d+)$/i, 'Tối đa $1 ký tự.'],
  [/^size must be between (\d+) and (\d+)$/i, 'Cần từ $1 đến $2 ký tự.'],
  [/^must be greater than 0$/i, 'Phải lớn hơn 0.'],
  [/^must be greater than or equal to 0$/i, 'Không được là số âm.'],
  [/^must be less than or equal to (\d+)$/i, (m) => `Tối đa ${Number(m[1]).toLocaleString('vi-VN')}.`],
  [/^must be greater than or equal to (\d+)$/i, 'Tối thiểu $1.'],
  [/^must match ".*"$/i, 'Sai định dạng.'],
  [/^must be a whole number$/i, 'Phải là số nguyên.'],
  [/^must be a date like .*$/i, 'Ngày chưa đúng (dạng 2025-07-01).'],
  [/^must not be before from$/i, 'Ngày kết thúc không được trước ngày bắt đầu.'],
  [/^must be between (\d+) and (\d+)$/i, 'Phải từ $1 đến $2.'],
  [/^must be one of/i, 'Giá trị không hợp lệ.'],
  [/^has the wrong type or format$/i, 'Sai kiểu dữ liệu.'],
  [/^unknown field$/i, 'Trường không được hỗ trợ.'],
  [/^2 to 40 letters, digits, dots, dashes or underscores$/i, 'Từ 2 đến 40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.'],
  [/^An account with this e-mail already exists\.?$/i, 'Đã có tài khoản dùng e-mail này. Bạn hãy đăng nhập.'],
  [/^E-mail or password is wrong\.?$/i, 'E-mail hoặc mật khẩu không đúng.'],
  [/^Too many failed sign-ins; try again in (\d+) seconds\.?$/i, 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau $1 giây.'],
  [/^Too many requests; try again in (\d+) seconds\.?$/i, 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau $1 giây.'],
  [/^The token is unknown or expired; sign in again\.?$/i, 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'],
  [/^Sign in first\.?$/i, 'Bạn cần đăng nhập trước.'],
  [/^You already have a shop; edit it instead\.?$/i, 'Bạn đã có cửa hàng rồi; hãy sửa thông tin cửa hàng đó.'],
  [/^no such craft village$/i, 'Không có làng nghề này.'],
  [/^no such category$/i, 'Không có danh mục này.'],
  [/^is required when editing$/i, 'Thiếu phiên bản của sản phẩm; hãy tải lại trang.'],
  [/^The product changed since you loaded it.*$/i, 'Sản phẩm đã được sửa ở nơi khác sau khi bạn mở nó.'],
  [/^Someone else changed this in the meantime.*$/i, 'Dữ liệu vừa được sửa ở nơi khác; hãy tải lại rồi thử lại.'],
  [/^SKU (\S+) is already used by another product\.?$/i, 'Mã SKU $1 đã được dùng cho một sản phẩm khác.'],
  [/^is listed twice$/i, 'Mã SKU này bị lặp trong danh sách.'],
  [/^a product needs at least one variant$/i, 'Sản phẩm cần ít nhất một phân loại.'],
  [/^a citizen ID has 12 digits$/i, 'Số CCCD gồm 12 chữ số.'],
  [/^a citizen ID starts with a province code.*; (\d{3}) is none$/i, 'Số CCCD bắt đầu bằng mã tỉnh nơi đăng ký khai sinh (001 Hà Nội … 096 Cà Mau); $1 không phải mã tỉnh nào.'],
  [/^digits 4 to 6 give the birth year (\d+).*$/i, 'Chữ số thứ 4 đến 6 cho năm sinh $1: người bán phải từ 15 tuổi trở lên. Hãy kiểm tra lại số CCCD.'],
  [/^a tax code has 10 digits, a branch's 13$/i, 'Mã số thuế gồm 10 chữ số (chi nhánh: 13 chữ số).'],
  [/^the tax code's check digit \(the 10th\) does not match.*$/i, 'Chữ số kiểm tra (số thứ 10) của mã số thuế không khớp: có thể gõ nhầm một số.'],
  [/^give a citizen ID \(12 digits\) or a tax code$/i, 'Hãy nhập số CCCD (12 số) hoặc mã số thuế.'],
  [/^the owner's full name, as on their papers$/i, 'Họ tên đầy đủ của chủ cửa hàng, như trên giấy tờ.'],
  [/^the owner's address$/i, 'Địa chỉ của chủ cửa hàng.'],
  [/^The owner has not declared their identity.*$/i, 'Chủ cửa hàng chưa khai danh tính (họ tên, địa chỉ, CCCD hoặc mã số thuế): chưa duyệt được.'],
  [/^The owner's identity is declared but not verified yet.*$/i, 'Danh tính chủ cửa hàng chưa được xác minh: hãy xác minh trước khi duyệt.'],
  [/^No document photo was uploaded.*$/i, 'Chủ cửa hàng chưa gửi ảnh giấy tờ: hãy xác minh trực tiếp hoặc đề nghị gửi ảnh.'],
  [/^Declare the owner's identity first\.?$/i, 'Hãy khai danh tính chủ cửa hàng trước.'],
  [/^OCOP certificates are given to 3, 4 or 5 stars only$/i, 'Giấy chứng nhận OCOP chỉ cấp cho hạng 3, 4 hoặc 5 sao.'],
  [/^is required: the certificate or decision number$/i, 'Hãy ghi số giấy chứng nhận hoặc số quyết định.'],
  [/^is required: who issued the certificate$/i, 'Hãy ghi cơ quan cấp giấy.'],
  [/^must be after issuedOn$/i, 'Ngày hết hạn phải sau ngày cấp.'],
  [/^an OCOP certificate is valid for at most 36 months after issuedOn$/i, 'Giấy chứng nhận OCOP có giá trị tối đa 36 tháng kể từ ngày cấp.'],
  [/^the certificate has expired$/i, 'Giấy chứng nhận đã hết hạn.'],
  [/^say why the certificate is rejected$/i, 'Hãy ghi lý do từ chối.'],
  [/^Only an approved shop may put products on sale.*$/i, 'Cửa hàng cần được duyệt trước khi mở bán; hãy lưu ở dạng Nháp.'],
  [/^The product is archived and cannot change\.?$/i, 'Sản phẩm đã lưu trữ, không sửa được nữa.'],
  [/^A product has at most (\d+) pictures\.?$/i, 'Mỗi sản phẩm có tối đa $1 ảnh.'],
  [/^At most (\d+) pictures a day may be uploaded.*$/i, 'Mỗi ngày chỉ tải lên được tối đa $1 ảnh; hãy thử lại sau.'],
  [/^At most (\d+) MB of pictures a day may be uploaded.*$/i, 'Mỗi ngày chỉ tải lên được tối đa $1 MB ảnh; hãy thử lại sau.'],
  [/^Only (\d+) of (\S+) are on hand; (\d+) cannot be taken away\.?$/i, 'Mã $2 chỉ còn $1 sản phẩm trong kho, không bớt được $3.'],
  [/^On hand may be at most (\d+)\.?$/i, (m) => `Tồn kho tối đa ${Number(m[1]).toLocaleString('vi-VN')}.`],
  [/^Pending orders hold (\d+) of (\S+); on hand cannot go below that \(it is (\d+)\)\.?$/i, 'Các đơn đang chờ giữ $1 sản phẩm mã $2, nên tồn kho không thể thấp hơn số đó (hiện là $3).'],
  [/^On hand of (\S+) is (\d+) now, not (\d+).*$/i, 'Tồn kho mã $1 vừa đổi thành $2 (không còn là $3); hãy xem lại rồi lưu.'],
  [/^is required for a new variant$/i, 'Hãy nhập số lượng trong kho cho phân loại mới.'],
  [/^(A picture may be at most 8 MB|the file is larger than 8 MB)\.?$/i, 'Ảnh tối đa 8 MB.'],
  [/^the file is empty$/i, 'Tệp trống.'],
  [/^only JPEG, PNG or WebP images$/i, 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.'],
  [/^the image is smaller than 16×16 pixels$/i, 'Ảnh quá nhỏ (dưới 16×16 điểm ảnh).'],
  [/^the image has more than 50 megapixels$/i, 'Ảnh quá lớn (hơn 50 megapixel).'],
  [/^the file is not a readable .* image$/i, 'Không đọc được ảnh này; tệp có thể bị hỏng.'],
  [/^attach the picture as the 'file' part$/i, 'Hãy chọn một ảnh.'],
  [/^at most (\d+) characters$/i, 'Tối đa $1 ký tự.'],
  [/^a JSON body is required$/i, 'Thiếu dữ liệu gửi lên.'],
  [/^malformed JSON$/i, 'Dữ liệu gửi lên bị lỗi.'],
  [/^Only shoppers have a cart\.?$/i, 'Chỉ tài khoản người mua mới có giỏ hàng.'],
  [/^(\S+) is sold out\.?$/i, 'Mã $1 đã hết hàng.'],
  [/^Only (\d+) of (\S+) are left\.?$/i, 'Mã $2 chỉ còn $1 sản phẩm.'],
  [/^(\S+) is no longer on sale\.?$/i, 'Mã $1 không còn bán nữa.'],
  [/^No longer on sale: (.+?)\.?$/i, 'Không còn bán: $1.'],
  [/^Not enough stock for (.+?)\.?$/i, 'Không đủ hàng cho mã: $1.'],
  [/^(\S+): not enough left for (\d+)$/i, 'Mã $1 không còn đủ $2 sản phẩm.'],
  [/^Your cart is empty: add something first\.?$/i, 'Giỏ hàng đang trống: hãy chọn sản phẩm trước.'],
  [/^A cart holds at most (\d+) different items.*$/i, 'Giỏ hàng chứa tối đa $1 mặt hàng khác nhau; hãy thanh toán bớt trước.'],
  [/^must be between (\d+) and (\d+) in all$/i, 'Tổng số lượng phải từ $1 đến $2.'],
  [/^is not a (Vietnamese )?phone number\b.*$/i, 'Số điện thoại chưa đúng (ví dụ 0912 345 678 hoặc (024) 3825 1234).'],
  [/^The address book is full.*$/i, 'Sổ địa chỉ đã đầy (tối đa 10 địa chỉ): hãy sửa hoặc xóa bớt một địa chỉ.'],
  [/^This link was already used.*$/i, 'Liên kết này đã được dùng rồi. Hãy yêu cầu liên kết mới nếu cần.'],
  [/^This link has expired.*$/i, 'Liên kết đã hết hạn (chỉ dùng được trong 30 phút). Hãy yêu cầu liên kết mới.'],
  [/^This link is not valid.*$/i, 'Liên kết không hợp lệ. Hãy yêu cầu liên kết mới.'],
  [/^is not a commune( code| we deliver to.*)$/i, 'Vui lòng chọn xã, phường nhận hàng.'],
  [/^letters, digits, spaces, \. _ \/ -$/i, 'Chỉ gồm chữ không dấu, số, khoảng trắng và . _ / -'],
  [/^(Shop order|Order) .+ is (\w+) and cannot become (\w+)\.?$/i, 'Đơn đã đổi trạng thái nên không làm được việc này. Hãy tải lại trang.'],
  [/^The payment sandbox was not found\.?$/i, 'Thanh toán thử không bật trên máy chủ này.'],
  [/^This Idempotency-Key was already used for a different request.*$/i, 'Đơn này có thể đã được đặt rồi. Hãy xem “Đơn hàng của tôi” trước khi đặt lại.'],
  // payouts: receiving accounts, runs, the bank's status reports, statements
  [/^is not this account's password$/i, 'Mật khẩu không đúng.'],
  [/^must be 6 to 19 digits or letters.*$/i, 'Số tài khoản gồm 6 đến 19 chữ số hoặc chữ cái, như ngân hàng ghi.'],
  [/^is longer than (\d+) letters$/i, 'Tối đa $1 chữ cái.'],
  [/^must be letters only.*$/i, 'Chỉ gồm chữ cái, như ngân hàng in tên chủ tài khoản.'],
  [/^is not a bank in the NAPAS list.*$/i, 'Vui lòng chọn một ngân hàng trong danh sách.'],
  [/^is needed to refuse an account.*$/i, 'Hãy ghi lý do từ chối; xưởng sẽ được báo.'],
  [/^This account is \w+, not awaiting approval\.?$/i, 'Tài khoản này không còn chờ duyệt; hãy tải lại trang.'],
  [/^must be an ISO week like .*$/i, 'Viết tuần dạng 2026-W50.'],
  [/^is a week still to come$/i, 'Tuần này chưa tới.'],
  [/^must be a month like .*$/i, 'Viết tháng dạng 2026-12.'],
  [/^must be a year like .*$/i, 'Viết năm dạng 2026.'],
  [/^must not be in the future$/i, 'Không được là thời gian chưa tới.'],
  [/^is empty$/i, 'Không được để trống.'],
  [/^is not readable XML.*$/i, 'Không đọc được tệp XML này.'],
  [/^is no pain\.002 payment status report$/i, 'Tệp XML này không phải báo cáo trạng thái pain.002 của ngân hàng.'],
  [/^a TxInfAndSts has no OrgnlEndToEndId$/i, 'Có giao dịch trong tệp không ghi mã giao dịch.'],
  [/^line (\d+) needs .*$/i, 'Dòng $1 cần có mã giao dịch và trạng thái.'],
  [/^line (\d+): status must be (.*)$/i, 'Dòng $1: trạng thái phải là một trong: $2.'],
  [/^is not readable CSV.*$/i, 'Không đọc được tệp CSV này.'],
  [/^has no line$/i, 'Tệp không có dòng nào.'],
  [/^answers message (\S+), not this run's (\S+)$/i, 'Tệp trả lời cho lệnh $1, không phải cho đợt này ($2).'],
  [/^names transfers that are not in this run: (.*)$/i, 'Tệp có giao dịch không thuộc đợt này: $1.'],
  [/^the run has no line: there is nothing to transfer$/i, 'Đợt này không có lệnh nào nên không có gì để chuyển.'],
  [/^a shop's earnings changed while the run was made.*$/i, 'Số tiền của một xưởng vừa thay đổi khi đang lập đợt; hãy thử lại.'],
  [/^(\w+) (.+) was not found\.?$/i, 'Không tìm thấy.'],
  [/^The request has invalid fields\.?$/i, 'Một số thông tin gửi lên chưa hợp lệ.'],
  [/^must not be negative$/i, 'Không được là số âm.'],
  [/^must not be below priceMinVnd$/i, 'Không được nhỏ hơn giá tối thiểu.'],
  [/^is not a valid \w+$/i, 'Giá trị không hợp lệ.'],
  [/^results beyond the first (\d+) are not served.*$/i, (m) => `Chỉ xem được ${Number(m[1]).toLocaleString('vi-VN')} kết quả đầu tiên; hãy thu hẹp tìm kiếm.`],
];

export function translate(message) {
  if (!message) return '';
  const text = String(message).trim();
  if (LANG === 'en') return text;
  for (const [pattern, replacement] of MESSAGES) {
    const m = pattern.exec(text);
    if (m) return typeof replacement === 'function' ? replacement(m) : text.replace(pattern, replacement);
  }
  return text;
}
