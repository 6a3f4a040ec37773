// One text box sent to the API (a question, an answer, a message): nothing sent when blank, the
// button held while it goes, and the outcome (or why not) announced in the form's status line.

import { describeError } from '/js/api.js';
import { t } from '/js/i18n.js';

/**
 * @param send called with the typed text; answers the status to show, the box is emptied after
 */
export function onTextSubmit(form, { text, button, status, send }) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    button.disabled = true;
    status.textContent = t('Đang gửi…', 'Sending…');
    try {
      status.textContent = (await send(text.value)) || '';
      text.value = '';
    } catch (err) {
      status.textContent = describeError(err);
    } finally {
      button.disabled = false;
    }
  });
}
