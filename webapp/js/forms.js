// Form fields with labels, hints and error slots, and showing the API's field errors next to them.

import { h } from '/js/ui.js';
import { LOCALE, t } from '/js/i18n.js';

const OPTIONAL = t(' (không bắt buộc)', ' (optional)');

let counter = 0;

/**
 * A labelled field. `name` is the API's field name (errors are matched on it); `control` may be a
 * ready <select>/<textarea>; otherwise an <input> with `type` and `attrs`.
 */
export function field({ name, label, type = 'text', hint, optional = false, control, attrs = {}, id, className = '' }) {
  const fieldId = id || `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${++counter}`;
  const input = control || h('input', { type, name, ...attrs });
  input.id = fieldId;
  if (!input.name) input.name = name;
  const hintEl = hint ? h('p', { class: 'hint', id: `${fieldId}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${fieldId}-error` });
  input.setAttribute('aria-describedby', [hintEl?.id, errorEl.id].filter(Boolean).join(' '));
  const wrapper = h('div', { class: `field ${className}`.trim(), dataset: { field: name } },
    h('label', { for: fieldId }, label, optional ? h('span', { class: 'optional' }, OPTIONAL) : null),
    input, hintEl, errorEl);
  return { wrapper, input, error: errorEl };
}

export function clearErrors(form) {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.field-error')) el.textContent = '';
  form.querySelector('.error-summary')?.remove();
}

/** The field wrapper for an API field name, trying shorter names: variants[0].options[x] → variants[0].options. */
function findField(form, name) {
  let candidate = name;
  while (candidate) {
    const found = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (found) return found;
    const shorter = candidate.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
    if (shorter === candidate) break;
    candidate = shorter;
  }
  return null;
}

export function setFieldError(wrapper, message) {
  const error = wrapper.querySelector(':scope > .field-error, .field-error');
  const input = wrapper.querySelector('input, select, textarea');
  if (error) error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
  if (input) input.setAttribute('aria-invalid', 'true');
}

/**
 * Puts each {field, message} next to its field and a summary (with links to the fields) at the
 * top of the form, then moves focus to the summary so screen readers hear it.
 */
export function showErrors(form, errors, { title = t('Vui lòng sửa các chỗ sau:', 'Please correct the following:'), labels = {} } = {}) {
  clearErrors(form);
  const items = [];
  for (const { field: name, message } of errors) {
    const wrapper = findField(form, name);
    if (wrapper) {
      setFieldError(wrapper, message);
      const input = wrapper.querySelector('input, select, textarea');
      const label = labels[name] || wrapper.querySelector('label, legend')?.textContent?.replace(OPTIONAL, '') || name;
      items.push(h('li', {}, input ? h('a', { href: `#${input.id}` }, `${label}: ${message}`) : `${label}: ${message}`));
    } else {
      items.push(h('li', {}, message));
    }
  }
  const summary = h('div', { class: 'notice notice-error error-summary', tabindex: '-1', role: 'alert' },
    h('h3', {}, title), h('ul', {}, items));
  for (const a of summary.querySelectorAll('a')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById(a.getAttribute('href').slice(1))?.focus();
    });
  }
  form.prepend(summary);
  summary.focus();
  return summary;
}

/** A form-level message (not about one field) at the top of the form. */
export function showFormMessage(form, kind, title, text, ...extra) {
  form.querySelector('.error-summary')?.remove();
  const box = h('div', { class: `notice notice-${kind} error-summary`, tabindex: '-1', role: kind === 'error' ? 'alert' : 'status' },
    h('h3', {}, title), text ? h('p', {}, text) : null, ...extra);
  form.prepend(box);
  box.focus();
  return box;
}

/** Checks the browser's constraints (required, type=email, minlength…) with Vietnamese messages. */
export function checkConstraints(form) {
  const errors = [];
  for (const input of form.querySelectorAll('input, select, textarea')) {
    if (input.disabled || input.type === 'hidden' || input.willValidate === false) continue;
    const wrapper = input.closest('[data-field]');
    if (!wrapper) continue;
    const v = input.validity;
    let message = null;
    if (v.valueMissing) message = input.type === 'radio' || input.tagName === 'SELECT' ? t('Vui lòng chọn một mục.', 'Please choose one.') : t('Không được để trống.', 'This cannot be empty.');
    else if (v.typeMismatch && input.type === 'email') message = t('Địa chỉ e-mail chưa đúng.', 'This is not a valid e-mail address.');
    else if (v.tooShort || (input.minLength > 0 && input.value && input.value.length < input.minLength)) {
      // tooShort only fires after the user edits the field, so the length is checked here too.
      message = t(`Cần ít nhất ${input.minLength} ký tự.`, `At least ${input.minLength} characters.`);
    }
    else if (v.tooLong) message = t(`Tối đa ${input.maxLength} ký tự.`, `At most ${input.maxLength} characters.`);
    else if (v.rangeUnderflow) message = t(`Tối thiểu ${input.min}.`, `At least ${input.min}.`);
    else if (v.rangeOverflow) message = t(`Tối đa ${Number(input.max).toLocaleString(LOCALE)}.`, `At most ${Number(input.max).toLocaleString(LOCALE)}.`);
    else if (v.stepMismatch || v.badInput) message = t('Phải là số nguyên.', 'Must be a whole number.');
    else if (v.patternMismatch) message = input.dataset.patternMessage || t('Sai định dạng.', 'Not in the expected format.');
    else if (v.customError) message = input.validationMessage;
    if (message && !errors.some((e) => e.field === wrapper.dataset.field)) errors.push({ field: wrapper.dataset.field, message });
  }
  return errors;
}

/** Runs `task` with the submit button disabled and showing `busyText`. */
export async function busy(button, busyText, task) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = busyText;
  try {
    return await task();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}

/**
 * A price in đồng as people here write it: 1.390.000, 1,390,000, 1 390 000 or 1390000, with or
 * without ₫, đ or VND after it. Answers the whole number, or null when the text is not one (a
 * decimal part or uneven groups such as 1.39 are refused rather than guessed at).
 */
export function parseVnd(text) {
  const bare = String(text ?? '').normalize('NFC').trim()
    .replace(/\s*(₫|đ|đồng|vnđ|vnd)$/iu, '').trim();
  const plain = /^\d+$/.test(bare);
  const grouped = /^\d{1,3}([.,\s])\d{3}(\1\d{3})*$/u.test(bare);
  if (!plain && !grouped) return null;
  const amount = Number(bare.replace(/\D/g, ''));
  return Number.isSafeInteger(amount) ? amount : null;
}
