// Kurul: what every webapp's header and footer need (imported by the Kurul scripts of Tasklist, Cockpit and Admin):
// the application switcher names the applications in Turkish and says what it is to a screen reader.
/* global window, document */

const APPS = { Welcome: 'Giriş', Admin: 'Yönetim', Cockpit: 'İzleme', Tasklist: 'Görevlerim' };

function fixHeader() {
  const toggle = document.querySelector('.app-switch > .dropdown-toggle');
  if (toggle && toggle.getAttribute('aria-label') !== 'Uygulamalar') {
    toggle.setAttribute('aria-label', 'Uygulamalar');
    toggle.setAttribute('title', 'Uygulamalar');
  }
  document.querySelectorAll('.app-switch .dropdown-menu a').forEach((link) => {
    const text = link.textContent.trim();
    if (APPS[text]) {
      link.textContent = APPS[text];
    }
  });
}

/** Runs {@code fn} once per animation frame in which the page changed (Angular re-renders freely). */
export function whenThePageChanges(fn) {
  let scheduled = false;
  new window.MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        fn();
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  fn();
}

whenThePageChanges(fixHeader);
