// Kurul: what every webapp's header and footer need (imported by the Kurul scripts of Tasklist, Cockpit and Admin):
// the application switcher names the applications in Turkish and says what it is to a screen reader, the login
// form offers "Parolamı unuttum" (Kurul's password page, /kurul/parola.html), the switcher leads to Kurul's own
// registry pages (Kurul ve üyeler, irtibat görevlileri: /kurul/kurul.html) and the national tables (tatil ve idari izin
// günleri: /kurul/takvim.html, politika değerleri: /kurul/politika.html), and whoever may call an extraordinary
// meeting (R7.3, R8.4) or a small district's meeting (R8.2) finds "Olağanüstü toplantı" (/kurul/olaganustu.html) in
// the header, and a chair's office with a meeting it may still change "Toplantı değişikliği" (/kurul/degisiklik.html,
// R11.3) — asked of the server (GET /api/meetings/extraordinary/options, /api/meetings/changeable), which decides as
// the POSTs do.
/* global window, document */

const APPS = { Welcome: 'Giriş', Admin: 'Yönetim', Cockpit: 'İzleme', Tasklist: 'Görevlerim' };

/** Kurul's own pages in the application menu: the registry, and the national tables everybody reads (administrators change them). */
const KURUL_PAGES = [
  ['kurul-registry', '/kurul/kurul.html', 'Kurul kayıtları'],
  ['kurul-calendar', '/kurul/takvim.html', 'Tatil ve idari izin günleri'],
  ['kurul-policy', '/kurul/politika.html', 'Politika değerleri'],
];

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
    KURUL_PAGES.forEach(([className, href, text]) => {
      const item = document.createElement('li');
      item.className = className;
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      item.appendChild(link);
      menu.appendChild(item);
    });
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

/**
 * Header links shown only to those the server says may act there: "Olağanüstü toplantı" for whoever may call a
 * meeting (R7.3, R8.4, R8.2), "Toplantı değişikliği" for a chair's office with a meeting whose day it may still change
 * (R11.3). Each is asked once per login (null until asked; reset at the login form).
 */
const HEADER_LINKS = [
  {
    className: 'kurul-meeting-change', href: '/kurul/degisiklik.html', text: 'Toplantı değişikliği',
    ask: '/api/meetings/changeable', shown: (answer) => Array.isArray(answer) && answer.length > 0,
  },
  {
    className: 'kurul-extraordinary', href: '/kurul/olaganustu.html', text: 'Olağanüstü toplantı',
    ask: '/api/meetings/extraordinary/options', shown: (answer) => Boolean(answer && answer.provinces && answer.provinces.length),
  },
];
const allowed = {};
let asking = false;

function askWhatUserMayDo() {
  asking = true;
  const json = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
  // Camunda's session check first: an anonymous /api call answers with a Basic-auth challenge (a password dialog)
  window.fetch('/camunda/api/admin/auth/user/default', json)
    .then((r) => Promise.all(HEADER_LINKS.map((l) => (r.ok ? window.fetch(l.ask, json)
      .then((a) => (a.ok ? a.json() : null)) : null).catch(() => null))))
    .then((answers) => {
      HEADER_LINKS.forEach((l, i) => { allowed[l.className] = l.shown(answers[i]); });
    })
    .catch(() => {
      HEADER_LINKS.forEach((l) => { allowed[l.className] = false; });
    })
    .finally(() => {
      asking = false;
      headerLinks();
    });
}

/** The allowed links first in the header's menu (nav.cam-nav > ul). */
function headerLinks() {
  const signedIn = document.querySelector('.cam-nav .account');
  if (!signedIn) {
    if (document.querySelector('.form-signin')) {
      HEADER_LINKS.forEach((l) => { delete allowed[l.className]; }); // the login form: the next user is asked anew
    }
    HEADER_LINKS.forEach((l) => {
      const existing = document.querySelector('.' + l.className);
      if (existing) {
        existing.remove();
      }
    });
    return;
  }
  if (HEADER_LINKS.some((l) => allowed[l.className] === undefined)) {
    if (!asking) {
      askWhatUserMayDo();
    }
    return;
  }
  const menu = document.querySelector('nav.cam-nav > ul');
  if (!menu) {
    return;
  }
  HEADER_LINKS.forEach((l) => {
    if (!allowed[l.className] || menu.querySelector('.' + l.className)) {
      return;
    }
    const item = document.createElement('li');
    item.className = l.className;
    const link = document.createElement('a');
    link.href = l.href;
    link.textContent = l.text;
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  });
}

whenThePageChanges(() => {
  fixHeader();
  forgotPasswordLink();
  headerLinks();
});
