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
  document.addEventListener('change', (event) => {
    const field = event.target.closest('[data-autosubmit]');
    if (field && field.form) {
      field.form.requestSubmit();
    }
  });
})();
