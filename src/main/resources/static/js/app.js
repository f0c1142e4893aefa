// Behaviour every page shares. The Content-Security-Policy allows no inline script (onclick="…" never runs), so
// questions before an irreversible step and lists that filter on change are declared in the markup and wired here.
(() => {
  'use strict';
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    }
  });
  // a button that copies a field's text (the calendar's link): data-copy names the field
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    const field = document.getElementById(button.dataset.copy);
    if (!field) {
      return;
    }
    const done = () => { button.textContent = 'Đã chép'; };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, () => { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
  document.addEventListener('change', (event) => {
    const field = event.target.closest('[data-autosubmit]');
    if (field && field.form) {
      field.form.requestSubmit();
    }
  });
})();
