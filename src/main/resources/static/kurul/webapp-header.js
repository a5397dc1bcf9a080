// Kurul: what every webapp's header and footer need (imported by the Kurul scripts of Tasklist, Cockpit and Admin):
// the application switcher names the applications in Turkish and says what it is to a screen reader, and the login
// form offers "Parolamı unuttum" (Kurul's password page, /kurul/parola.html); the switcher also leads to Kurul's own
// registry pages (Kurul ve üyeler, irtibat görevlileri, hazırlık durumu: /kurul/kurul.html).
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
  const menu = document.querySelector('.app-switch .dropdown-menu');
  if (menu && !menu.querySelector('.kurul-registry')) {
    const item = document.createElement('li');
    item.className = 'kurul-registry';
    const link = document.createElement('a');
    link.href = '/kurul/kurul.html';
    link.textContent = 'Kurul kayıtları';
    item.appendChild(link);
    menu.appendChild(item);
  }
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

/** "Parolamı unuttum" under the login form (Camunda's commons-ui login page: div.form-signin > form). */
function forgotPasswordLink() {
  const box = document.querySelector('.form-signin');
  if (!box || box.querySelector('.kurul-forgot-password')) {
    return;
  }
  const paragraph = document.createElement('p');
  paragraph.className = 'kurul-forgot-password';
  paragraph.style.marginTop = '12px';
  const link = document.createElement('a');
  link.href = '/kurul/parola.html#unuttum';
  link.textContent = 'Parolamı unuttum';
  paragraph.appendChild(link);
  box.appendChild(paragraph);
}

whenThePageChanges(() => {
  fixHeader();
  forgotPasswordLink();
});
