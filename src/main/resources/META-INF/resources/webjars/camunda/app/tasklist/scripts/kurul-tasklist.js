// Kurul: what Tasklist and its bundled form renderer (form-js) need to read as Turkish civil servants expect,
// whatever the language of the browser (loaded by config.js customScripts; see docs/tasklist.md).
//
//  1. Dates are GG.AA.YYYY: form-js takes the date format from the browser's default locale (an English browser
//     reads "02.01.2027" as 1 February 2027). The default locale of Intl.DateTimeFormat is Turkish here, the
//     date picker (flatpickr) is Turkish and starts on Monday, the field says in words which day it holds, and a
//     date field whose text is not the day it holds stops "Tamamla" with a message beside the field.
//  2. Only the permitted days can be picked: GET /api/tasks/{id}/form-help lists them per date field (R-DATES).
//  3. Every form-js message is Turkish.
//  4. Opening a task the user may work claims it (no hidden "Üstlen" step); after completing, a confirmation.
//  5. A refusal of the server (a rule check of the step) is shown beside the field it is about, with the field's
//     label, every time, and the form stays usable.
/* global window, document */
import '/kurul/webapp-header.js';

const TR_LOCALE = 'tr-TR';
const DATE_PLACEHOLDER = 'GG.AA.YYYY';
const MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım',
  'Aralık'];
const WEEKDAYS = ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'];

// ------------------------------------------------------------------ 1. the default locale of dates is Turkish

(function turkishDefaultLocale() {
  const Original = window.Intl.DateTimeFormat;
  if (Original.kurul) {
    return;
  }
  function TurkishByDefault(locales, options) {
    const chosen = locales === undefined || locales === 'default' ? TR_LOCALE : locales;
    return new Original(chosen, options);
  }
  TurkishByDefault.prototype = Original.prototype;
  TurkishByDefault.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  TurkishByDefault.kurul = true;
  window.Intl.DateTimeFormat = TurkishByDefault;
})();

const FLATPICKR_TR = {
  weekdays: {
    shorthand: ['Paz', 'Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt'],
    longhand: WEEKDAYS
  },
  months: {
    shorthand: ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'],
    longhand: MONTHS
  },
  firstDayOfWeek: 1,
  ordinal: () => '.',
  rangeSeparator: ' – ',
  weekAbbreviation: 'Hf',
  scrollTitle: 'Artırmak için kaydırın',
  toggleTitle: 'Aç/Kapa',
  amPM: ['ÖÖ', 'ÖS'],
  yearAriaLabel: 'Yıl',
  monthAriaLabel: 'Ay',
  hourAriaLabel: 'Saat',
  minuteAriaLabel: 'Dakika',
  time_24hr: true
};

function localizeFlatpickr(flatpickr) {
  if (!flatpickr || flatpickr.kurul) {
    return flatpickr;
  }
  flatpickr.localize(FLATPICKR_TR);
  flatpickr.setDefaults({ ariaDateFormat: 'j F Y, l', locale: FLATPICKR_TR });
  flatpickr.kurul = true;
  return flatpickr;
}

(function turkishDatePicker() {
  if (window.flatpickr) {
    localizeFlatpickr(window.flatpickr);
    return;
  }
  // the bundle defines window.flatpickr when the form renderer is first needed: localize it then
  let current;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => current,
    set: (value) => {
      current = localizeFlatpickr(value);
    }
  });
})();

// ------------------------------------------------------------------ helpers

function taskIdOfPage() {
  const query = (window.location.hash.split('?')[1] || '');
  return new URLSearchParams(query).get('task');
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

function isoOf(date) {
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

function dateOfIso(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function inWords(date) {
  return date.getDate() + ' ' + MONTHS[date.getMonth()] + ' ' + date.getFullYear() + ' ' + WEEKDAYS[date.getDay()];
}

/** "02.01.2027" → 2 January 2027, or null when the text is not a real day in GG.AA.YYYY. */
function parseTurkish(text) {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const date = new Date(+m[3], +m[2] - 1, +m[1]);
  return date.getDate() === +m[1] && date.getMonth() === +m[2] - 1 ? date : null;
}

function fieldOf(element) {
  return element.closest('.fjs-form-field');
}

function labelOf(field) {
  const label = field && field.querySelector('label.fjs-form-field-label');
  return label ? label.textContent.replace(/\*/g, '').trim() : '';
}

// ------------------------------------------------------------------ 3. form-js messages in Turkish

const KNOWN_PATTERNS = {
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'Saati SS:DD biçiminde yazın (örneğin 10:00).',
  '^KARAR-[0-9]+$': 'Karar numarasını KARAR-1 biçiminde yazın.'
};

const MESSAGES = [
  [/^Field is required\.$/, () => 'Bu alan zorunludur.'],
  [/^Field must match pattern (.*)\.$/, (m) => KNOWN_PATTERNS[m[1]] || 'Değer istenen biçimde değil; açıklamadaki örneğe bakın.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => 'En az ' + m[1] + ' olmalıdır.'],
  [/^Field must have maximum value of (.*)\.$/, (m) => 'En çok ' + m[1] + ' olabilir.'],
  [/^Field must have minimum length of (.*)\.$/, (m) => 'En az ' + m[1] + ' karakter yazın.'],
  [/^Field must have maximum length of (.*)\.$/, (m) => 'En fazla ' + m[1] + ' karakter yazılabilir.'],
  [/^Field must be a valid email\.$/, () => 'Geçerli bir e-posta adresi yazın.'],
  [/^Field must be a valid +international phone number.*$/, () => 'Geçerli bir telefon numarası yazın (örneğin +903421234567).'],
  [/^Date and time must both be entered\.$/, () => 'Tarih ve saatin ikisi de girilmelidir.'],
  [/^Value is not a number\.$/, () => 'Bir sayı yazın.'],
  [/^A number is required\.$/, () => 'Bir sayı yazın.'],
  [/^Value is expected to be an integer\.$/, () => 'Tam sayı yazın.'],
  [/^Select$/, () => 'Seçin'],
  [/^Search$/, () => 'Arayın'],
  [/^No results$/, () => 'Sonuç yok'],
  [/^All values selected$/, () => 'Hepsi seçildi'],
  [/^Nothing to show\.$/, () => 'Gösterilecek kayıt yok.'],
  [/^Add new$/, () => 'Yeni satır ekle'],
  [/^Collapse$/, () => 'Daralt'],
  [/^Expand all \((\d+)\)$/, (m) => 'Tümünü göster (' + m[1] + ')']
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, turkish] of MESSAGES) {
    const m = pattern.exec(trimmed);
    if (m) {
      return text.replace(trimmed, turkish(m));
    }
  }
  return null;
}

function translateTree(root) {
  if (!root || !root.closest || !root.closest('.fjs-container, .fjs-form')) {
    return;
  }
  const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const turkish = translate(node.data);
    if (turkish !== null && turkish !== node.data) {
      node.data = turkish;
    }
  }
  root.querySelectorAll('input[placeholder]').forEach((input) => {
    const turkish = input.placeholder === 'hh:mm' ? 'SS:DD' : translate(input.placeholder);
    if (turkish !== null && turkish !== input.placeholder) {
      input.placeholder = turkish;
    }
  });
  root.querySelectorAll('[aria-label="Increment"], [aria-label="Decrement"]').forEach((button) => {
    button.setAttribute('aria-label', button.getAttribute('aria-label') === 'Increment' ? 'Artır' : 'Azalt');
  });
}

// ------------------------------------------------------------------ 1, 2. date fields

const help = { taskId: null, promise: null, value: null };

/** What Kurul says about the open task: may the user work it, and the permitted days of its date fields. */
function formHelp(taskId) {
  if (help.taskId !== taskId) {
    help.taskId = taskId;
    help.value = null;
    help.promise = window.fetch('/api/tasks/' + encodeURIComponent(taskId) + '/form-help', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then((r) => (r.ok ? r.json() : {})).catch(() => ({})).then((value) => {
      if (help.taskId === taskId) {
        help.value = value;
      }
      return value;
    });
  }
  return help.promise;
}

function dateInputs(root) {
  return Array.from((root || document).querySelectorAll('.fjs-datepicker input.fjs-input'));
}

function readback(input) {
  const section = input.closest('.fjs-datetime-subsection') || fieldOf(input);
  let note = section.querySelector('.kurul-date-readback');
  if (!note) {
    note = document.createElement('div');
    note.className = 'kurul-date-readback';
    note.id = input.id + '-kurul-readback';
    note.setAttribute('aria-live', 'polite');
    section.appendChild(note);
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (!described.includes(note.id)) {
      described.push(note.id);
      input.setAttribute('aria-describedby', described.join(' '));
    }
  }
  return note;
}

/** The day a date field holds, as the picker (and so the form) has it, or null. */
function heldDate(input) {
  const picker = input._flatpickr;
  return picker && picker.selectedDates && picker.selectedDates.length ? picker.selectedDates[0] : null;
}

/** Whether the text in the field is exactly the day the form will submit (false: the user would not see it). */
function showsWhatItHolds(input) {
  const text = input.value.trim();
  const held = heldDate(input);
  if (!text) {
    return !held;
  }
  const typed = parseTurkish(text);
  return !!(typed && held && isoOf(typed) === isoOf(held));
}

function updateReadback(input) {
  const note = readback(input);
  const held = heldDate(input);
  const text = input.value.trim();
  const typed = (input.dataset.kurulTyped || '').trim();
  const allowed = permittedDaysOf(input);
  let message;
  let problem = false;
  if (!text && typed) {
    // the picker emptied the field: the typed day is not one it offers
    const day = parseTurkish(typed);
    message = typed + (day ? ' (' + inWords(day) + ') seçilebilecek günlerden biri değil; takvimde seçilebilen günlerden birini seçin.'
      : ' bir tarih değil: GG.AA.YYYY biçiminde yazın (örneğin 02.01.2027).');
    problem = true;
  } else if (!text && allowed && !allowed.length) {
    message = 'Bu adımda seçilebilecek gün kalmadı; sekreteryaya ya da sistem yöneticisine bildirin.';
    problem = true;
  } else if (!text) {
    message = 'Tarihi GG.AA.YYYY biçiminde yazın ya da takvimden seçin.';
  } else if (!parseTurkish(text)) {
    message = '"' + text + '" bir tarih değil: GG.AA.YYYY biçiminde yazın (örneğin 02.01.2027).';
    problem = true;
  } else if (!showsWhatItHolds(input)) {
    message = allowed ? text + ' seçilebilecek günlerden biri değil; takvimde seçilebilen günlerden birini seçin.'
      : text + ' seçilemez.';
    problem = true;
  } else {
    message = 'Seçilen gün: ' + inWords(held) + '.';
  }
  note.textContent = message;
  note.classList.toggle('kurul-date-problem', problem);
  input.setAttribute('aria-invalid', problem ? 'true' : 'false');
}

function permittedDaysOf(input) {
  const days = help.value && help.value.permittedDays;
  if (!days) {
    return null;
  }
  const label = labelOf(fieldOf(input));
  const entry = (help.value.dateFields || []).find((f) => f.label === label);
  return entry ? days[entry.key] : null;
}

function applyPermittedDays(input) {
  const picker = input._flatpickr;
  const allowed = permittedDaysOf(input);
  // kept on the picker: form-js may build a new one for the same field, which must get the days again
  if (!picker || !allowed || picker.kurulPermitted === allowed.join(',')) {
    return;
  }
  picker.kurulPermitted = allowed.join(',');
  const set = new Set(allowed);
  picker.set('enable', [(date) => set.has(isoOf(date))]);
  if (allowed.length) {
    // Date objects: a string would be read with the field's own format (GG.AA.YYYY)
    picker.set('minDate', dateOfIso(allowed[0]));
    picker.set('maxDate', dateOfIso(allowed[allowed.length - 1]));
    if (!heldDate(input)) {
      picker.jumpToDate(dateOfIso(allowed[0]));
    }
  }
  updateReadback(input);
}

/** Turns the open calendar to the first permitted day's month when the month shown offers none. */
function showPermittedMonth(input, picker) {
  const allowed = permittedDaysOf(input);
  if (!allowed || !allowed.length || heldDate(input)) {
    return;
  }
  const shown = picker.currentYear * 12 + picker.currentMonth;
  const offersOne = allowed.some((iso) => {
    const parts = iso.split('-');
    return Number(parts[0]) * 12 + Number(parts[1]) - 1 === shown;
  });
  if (!offersOne) {
    picker.jumpToDate(dateOfIso(allowed[0]));
  }
}

function prepareDateInput(input) {
  if (input.placeholder !== DATE_PLACEHOLDER) {
    input.placeholder = DATE_PLACEHOLDER;
  }
  if (!input.dataset.kurulDate) {
    input.dataset.kurulDate = 'yes';
    input.addEventListener('input', (event) => {
      if (event.isTrusted) { // the picker itself fires "input" when it empties the field
        input.dataset.kurulTyped = input.value;
      }
    });
    ['input', 'change', 'blur', 'keyup'].forEach((event) => input.addEventListener(event,
      () => window.setTimeout(() => updateReadback(input), 0)));
    updateReadback(input);
  }
  const picker = input._flatpickr;
  if (picker && !picker.kurulHooks) { // each picker form-js builds for the field
    picker.kurulHooks = true;
    picker.config.onChange.push(() => window.setTimeout(() => updateReadback(input), 0));
    picker.config.onClose.push(() => window.setTimeout(() => updateReadback(input), 0));
    // an empty field opens on a month with permitted days, whatever today is (not on today's month)
    picker.config.onOpen.push(() => showPermittedMonth(input, picker));
  }
  const taskId = taskIdOfPage();
  if (taskId) {
    formHelp(taskId).then(() => applyPermittedDays(input));
  }
}

// ------------------------------------------------------------------ 4. claim on opening, confirmation

const claimed = new Set();

function claimOnOpening() {
  const taskId = taskIdOfPage();
  const claim = document.querySelector('.task-card button.claim');
  if (!taskId || !claim || claimed.has(taskId)) {
    return;
  }
  formHelp(taskId).then((value) => {
    const button = document.querySelector('.task-card button.claim');
    if (value && value.mayWork && button && taskIdOfPage() === taskId && !claimed.has(taskId)) {
      claimed.add(taskId);
      button.click();
    }
  });
}

function banner(kind, text) {
  let box = document.querySelector('.kurul-banner');
  if (!box) {
    box = document.createElement('div');
    box.className = 'kurul-banner';
    box.setAttribute('role', 'status');
    const message = document.createElement('span');
    message.className = 'kurul-banner-text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'kurul-banner-close';
    close.textContent = 'Kapat';
    close.addEventListener('click', () => box.remove());
    box.appendChild(message);
    box.appendChild(close);
    const anchor = document.querySelector('.tasks-list .content') || document.querySelector('.site-wrap') || document.body;
    anchor.insertBefore(box, anchor.firstChild);
  }
  box.classList.toggle('kurul-banner-success', kind === 'success');
  box.querySelector('.kurul-banner-text').textContent = text;
}

// ------------------------------------------------------------------ 5. refusals beside the field

let lastRefusal = null;

/** Tasklist's own toast repeats the refusal over the buttons: the refusal beside the field says it already. */
function closeRepeatedToasts() {
  if (!lastRefusal) {
    return;
  }
  document.querySelectorAll('.page-notifications .alert, .notifications .alert').forEach((alert) => {
    if (alert.style.display !== 'none' && alert.textContent.includes(lastRefusal)) {
      alert.style.display = 'none';
    }
  });
}

function clearRefusals() {
  document.querySelectorAll('.kurul-refusal').forEach((e) => e.remove());
}

function fieldByLabel(label) {
  return Array.from(document.querySelectorAll('.fjs-form .fjs-form-field'))
    .find((field) => !field.classList.contains('fjs-form-field-grouplike') && labelOf(field) === label) || null;
}

function showRefusal(message, fieldKey) {
  clearRefusals();
  lastRefusal = message;
  const taskId = taskIdOfPage();
  if (fieldKey && taskId && (help.taskId !== taskId || !help.value)) {
    // a task assigned to its worker has no claim button and may have no date field: its help is not loaded yet
    formHelp(taskId).then(() => placeRefusal(message, fieldKey));
    return;
  }
  placeRefusal(message, fieldKey);
}

function placeRefusal(message, fieldKey) {
  clearRefusals();
  const entry = fieldKey && help.value && (help.value.fields || []).find((f) => f.key === fieldKey);
  const field = entry ? fieldByLabel(entry.label) : null;
  const box = document.createElement('div');
  box.className = 'kurul-refusal';
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  box.textContent = (field ? entry.label + ': ' : '') + message;
  if (field) {
    field.appendChild(box);
  } else {
    const form = document.querySelector('.fjs-form') || document.querySelector('[cam-tasklist-form]');
    if (!form) {
      return;
    }
    form.insertBefore(box, form.firstChild);
  }
  box.scrollIntoView({ block: 'center' });
  box.focus({ preventScroll: true });
}

// a date field that does not show what it holds must not be submitted
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button[ng-click="complete()"]');
  if (!button) {
    return;
  }
  const wrong = dateInputs(document.querySelector('.fjs-form')).find((input) => !showsWhatItHolds(input));
  if (wrong) {
    event.preventDefault();
    event.stopImmediatePropagation();
    updateReadback(wrong);
    showRefusal('Alandaki tarih gönderilecek günle aynı değil; tarihi GG.AA.YYYY biçiminde yazın ya da takvimden seçin.',
      null);
    const note = readback(wrong);
    const refusal = document.querySelector('.kurul-refusal');
    if (refusal) {
      refusal.textContent = labelOf(fieldOf(wrong)) + ': ' + note.textContent;
      fieldOf(wrong).appendChild(refusal);
    }
  } else {
    clearRefusals();
  }
}, true);

(function watchTaskRequests() {
  const open = window.XMLHttpRequest.prototype.open;
  const send = window.XMLHttpRequest.prototype.send;
  window.XMLHttpRequest.prototype.open = function kurulOpen(method, url) {
    this.kurulRequest = { method: String(method).toUpperCase(), url: String(url) };
    return open.apply(this, arguments);
  };
  window.XMLHttpRequest.prototype.send = function kurulSend() {
    const request = this.kurulRequest;
    if (request && request.method === 'POST' && /\/task\/[^/]+\/(submit-form|complete)$/.test(request.url.split('?')[0])) {
      const heading = document.querySelector('.task-card h2.task');
      const taskName = heading ? heading.textContent.trim() : '';
      this.addEventListener('loadend', () => {
        if (this.status >= 200 && this.status < 300) {
          clearRefusals();
          loadProgress();
          banner('success', 'Görev tamamlandı' + (taskName ? ': ' + taskName : '') + '. Sıradaki görevleriniz listede.');
        } else if (this.status >= 400) {
          let body = {};
          try {
            body = JSON.parse(this.responseText || '{}');
          } catch (e) {
            body = {};
          }
          let message = body.message || 'Görev tamamlanamadı; bilgileri kontrol edip yeniden deneyin.';
          let field = body.field;
          const named = /^'([A-Za-z][A-Za-z0-9_]*)' alanı: ([\s\S]*)$/.exec(message);
          if (!field && named) {
            field = named[1];
            message = named[2];
          }
          showRefusal(message, field);
        }
      });
    }
    return send.apply(this, arguments);
  };
})();

// ------------------------------------------------------------------ 6. the secretariat's meetings, where they work

const progress = { loaded: false, html: null };

function escapeHtml(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  }[c]));
}

function progressHtml(meetings) {
  if (!meetings.length) {
    return null;
  }
  const items = meetings.map((m) => {
    const agenda = m.asked ? ' Gündem önerileri: ' + m.answered + '/' + m.asked + ' kurum yanıtladı'
      + (m.agendaDueDate ? ' (son gün ' + m.agendaDueDate + ')' : '') + '.' : '';
    const signatures = m.signatures ? ' İmza: ' + m.signatures + '.' : '';
    const waiting = m.waiting.length ? ' Bekleyen: ' + m.waiting.map((w) => w.step + ' — ' + w.who
      + (w.due ? ' (son tarih ' + w.due + ')' : '')).join('; ') + '.' : '';
    return '<li data-meeting="' + escapeHtml(m.meetingKey) + '"><strong>' + escapeHtml(m.title) + '</strong>'
      + (m.stage ? ': ' + escapeHtml(m.stage) + '.' : '') + escapeHtml(agenda) + escapeHtml(signatures) + escapeHtml(waiting) + '</li>';
  }).join('');
  return '<details open><summary>Toplantıların durumu</summary><ul>' + items + '</ul></details>';
}

/** Loads the progress of the meetings of the caller's provinces (secretariat, chair's office, managers). */
function loadProgress() {
  const json = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
  progress.loaded = true;
  // Camunda's session first: an anonymous /api call would answer with a Basic-auth challenge
  return window.fetch('/camunda/api/admin/auth/user/default', json)
    .then((r) => (r.ok ? window.fetch('/api/me', json) : null))
    .then((r) => (r && r.ok ? r.json() : null))
    .then((me) => {
      if (!me || !me.offices || !me.offices.length) {
        return [];
      }
      return Promise.all(me.offices.map((plate) => window.fetch('/api/meetings/progress?province=' + plate, json)
        .then((r) => (r.ok ? r.json() : []))));
    })
    .then((lists) => {
      progress.html = progressHtml([].concat(...lists));
      showProgress();
    })
    .catch(() => {});
}

function showProgress() {
  const column = document.querySelector('.tasks-list > .content, .column-center > .content');
  if (!column || !progress.html) {
    return;
  }
  let panel = column.querySelector(':scope > .kurul-progress');
  if (!panel) {
    panel = document.createElement('section');
    panel.className = 'kurul-progress';
    panel.setAttribute('aria-label', 'Toplantıların durumu');
    column.insertBefore(panel, column.firstChild);
  }
  if (panel.dataset.html !== progress.html) {
    panel.dataset.html = progress.html;
    panel.innerHTML = progress.html;
  }
}

// ------------------------------------------------------------------ one observer for all of it

/** Icon-only links and buttons of Tasklist get the name their tooltip already has (WCAG 4.1.2, axe: link-name). */
function nameIconControls() {
  document.querySelectorAll('a[uib-tooltip]:not([aria-label]), button[uib-tooltip]:not([aria-label])').forEach((control) => {
    const tooltip = control.getAttribute('uib-tooltip');
    if (!control.textContent.trim() && tooltip && !tooltip.includes('{{')) {
      control.setAttribute('aria-label', tooltip);
    }
  });
}

function refresh() {
  nameIconControls();
  if (!progress.loaded && document.querySelector('.tasks-list')) {
    loadProgress();
  }
  showProgress();
  document.querySelectorAll('.fjs-container, .fjs-form').forEach(translateTree);
  dateInputs(document).forEach(prepareDateInput);
  claimOnOpening();
  closeRepeatedToasts();
}

let scheduled = false;
new window.MutationObserver((mutations) => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
    if (target && target.closest && target.closest('.fjs-container, .fjs-form')) {
      translateTree(target.closest('.fjs-form-field') || target);
    }
  }
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      refresh();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
