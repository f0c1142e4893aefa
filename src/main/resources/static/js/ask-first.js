// A button that cannot be undone asks first (data-ask="question?"). The page's Content-Security-Policy refuses inline
// handlers (onclick="return confirm(…)" never ran), so the question is asked from this file.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-ask]');
  if (button && !window.confirm(button.dataset.ask)) {
    event.preventDefault();
  }
});
