// Kurul: "Olağanüstü toplantı" — an extraordinary board meeting (R7.3, R8.4) or a small district's meeting at the
// Kaymakam's discretion (R8.2), called by the person the circular names, with the webapps' session. The server says
// what this user may do (GET /api/meetings/extraordinary/options, the same checks as the POSTs); the page offers
// exactly that. Every refusal is the server's Turkish message, shown beside its field.
/* global window, document, fetch */
(function extraordinaryPage() {
  'use strict';

  const JSON_ONLY = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
  const state = { options: null, token: null };

  const $ = (id) => document.getElementById(id);
  const show = (id, on) => { $(id).hidden = !on; };

  /** 2092-03-14 → 14.03.2092, as Turkish readers write dates. */
  function turkishDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '.' + m[2] + '.' + m[1] : '';
  }

  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  // ------------------------------------------------------------------ what each act is called and does

  const ACTS = {
    IL_GIM_PROPOSAL: {
      label: (b) => 'Teklif et (' + (b.provincial ? 'Vali' : 'Kaymakam') + ' karar verir)',
      hint: (b) => (b.provincial ? 'İl Göç İdaresi Müdürlüğünün teklifi Valiye gider; Vali' : 'Teklif Kaymakama gider; Kaymakam')
        + ' Görevlerim\'de onaylar ya da gerekçesini yazarak reddeder (md. ' + (b.provincial ? '7/3' : '8/4') + ').',
      button: 'Teklifi gönder'
    },
    GOVERNOR: {
      label: () => 'Olağanüstü toplantıya karar ver (resen)',
      hint: (b) => (b.provincial ? 'Valinin' : 'Kaymakamın') + ' resen kararı: toplantı hemen çağrılır, gündem çağrısı açılır (md. '
        + (b.provincial ? '7/3' : '8/4') + ').',
      button: 'Toplantıyı çağır'
    },
    PRESIDENCY: {
      label: () => 'Başkanlık talebi',
      hint: () => 'Göç İdaresi Başkanlığının talebi: toplantı hemen çağrılır, gündem çağrısı açılır (md. 7/3, 8/4).',
      button: 'Talebi gönder'
    },
    DISCRETIONARY: {
      label: () => 'Kaymakamın takdiriyle toplantı',
      hint: () => 'Yabancı nüfusu ' + thousands(state.options.districtThreshold) + '\'in altında olan ve sınır ilçesi olmayan '
        + 'ilçenin kurulu olağan toplantı yapmaz; Kaymakamın takdiriyle toplanır (md. 8/2).',
      button: 'Toplantıyı başlat'
    }
  };

  // ------------------------------------------------------------------ loading

  function sessionMissing() {
    const box = $('message');
    box.textContent = 'Oturum açmanız gerekir: önce ';
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/';
    link.textContent = 'Görevlerim\'e giriş yapın';
    box.appendChild(link);
    box.appendChild(document.createTextNode(', sonra bu sayfayı yeniden açın.'));
    box.hidden = false;
  }

  function failed(text) {
    $('message').textContent = text;
    show('message', true);
  }

  function load() {
    // Camunda's own session check first: an anonymous /api call answers with a Basic-auth challenge, which would put
    // the browser's password dialog over the page
    return fetch('/camunda/api/admin/auth/user/default', JSON_ONLY)
      .then((r) => (r.ok ? r.json() : null))
      .then((user) => {
        if (!user || !user.userId) {
          return null;
        }
        $('who').textContent = 'Oturum: ' + user.userId;
        return fetch('/api/meetings/extraordinary/options', JSON_ONLY);
      })
      .then((r) => {
        if (r === null) {
          sessionMissing();
          return null;
        }
        if (!r.ok) {
          return r.json().catch(() => ({})).then((e) => {
            failed(e.message || 'Sayfa yüklenemedi (' + r.status + ').');
            return null;
          });
        }
        return r.json();
      })
      .then((options) => {
        if (options) {
          state.options = options;
          render();
        }
      })
      .catch(() => failed('Sunucuya ulaşılamadı; bağlantınızı denetleyip sayfayı yeniden açın.'))
      .finally(() => {
        show('loading', false);
        document.body.setAttribute('data-loaded', 'true');
      });
  }

  // ------------------------------------------------------------------ the form

  function render() {
    const options = state.options;
    $('whoMayCall').textContent = options.whoMayCall;
    show('rule', true);
    if (!options.provinces.length) {
      failed('Bu hesapla olağanüstü toplantı önerilemez, istenemez ya da çağrılamaz. Olağanüstü toplantıyı kimin '
        + 'önerebileceği ve çağırabileceği aşağıda yazılıdır; bir toplantı gerekiyorsa ilinizin İl Göç İdaresi '
        + 'Müdürlüğüne (kurulun sekreteryasına) bildirin.');
      return;
    }
    const province = $('province');
    province.innerHTML = '';
    options.provinces.forEach((p) => {
      const option = document.createElement('option');
      option.value = String(p.plateCode);
      option.textContent = p.name;
      province.appendChild(option);
    });
    show('provinceField', options.provinces.length > 1);
    fillBoards();
    show('callForm', true);
  }

  function selectedProvince() {
    const plate = Number($('province').value);
    return state.options.provinces.find((p) => p.plateCode === plate) || state.options.provinces[0];
  }

  function selectedBoard() {
    const boards = selectedProvince().boards;
    return boards[Number($('board').value)] || boards[0];
  }

  function fillBoards() {
    const board = $('board');
    board.innerHTML = '';
    selectedProvince().boards.forEach((b, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = b.name;
      board.appendChild(option);
    });
    fillActs();
  }

  function fillActs() {
    const board = selectedBoard();
    const list = $('actList');
    list.innerHTML = '';
    board.acts.forEach((act, i) => {
      const row = document.createElement('div');
      row.className = 'choice';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'act';
      input.id = 'act-' + act;
      input.value = act;
      input.checked = i === 0;
      input.setAttribute('aria-describedby', 'act-' + act + '-hint');
      input.addEventListener('change', updateButton);
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = ACTS[act].label(board);
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.id = 'act-' + act + '-hint';
      hint.textContent = ACTS[act].hint(board);
      row.appendChild(input);
      row.appendChild(label);
      row.appendChild(hint);
      list.appendChild(row);
    });
    updateButton();
  }

  function selectedAct() {
    const checked = document.querySelector('input[name="act"]:checked');
    return checked ? checked.value : null;
  }

  function updateButton() {
    const act = selectedAct();
    $('submit').textContent = act ? ACTS[act].button : 'Gönder';
  }

  function countCharacters() {
    $('reasonCount').textContent = $('reason').value.length + ' / 1000 karakter';
  }

  // ------------------------------------------------------------------ sending

  const FIELD_OF = { reason: 'reason', plateCode: 'province', districtId: 'board', requestedBy: 'act' };

  function clearErrors() {
    document.querySelectorAll('#callForm .error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    document.querySelectorAll('#callForm [aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  }

  function fieldError(field, message) {
    const id = FIELD_OF[field];
    const target = id ? $(id + 'Error') : null;
    if (!target) {
      $('formError').textContent = message;
      show('formError', true);
      return null;
    }
    target.textContent = message;
    target.hidden = false;
    const input = id === 'act' ? document.querySelector('input[name="act"]') : $(id);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
    }
    return input;
  }

  function refused(status, answer) {
    if (status === 401) {
      sessionMissing();
      return;
    }
    const fields = answer.fields || {};
    const names = Object.keys(fields);
    let first = null;
    if (names.length) {
      names.forEach((name) => {
        const input = fieldError(name, fields[name]);
        first = first || input;
      });
    } else {
      fieldError(null, answer.message || 'İstek tamamlanamadı (' + status + '); biraz sonra yeniden deneyin.');
    }
    (first || $('formError')).focus();
  }

  /** R8.2's answer is the meeting itself: what happens next, in the page's words. */
  function discretionaryDone(meeting) {
    return 'Kaymakamın takdiriyle toplantı başlatıldı: ' + meeting.title + ' (' + meeting.meetingKey + '). Üye kurumlar '
      + 'gündem önerilerini ' + turkishDate(meeting.agendaDueDate) + ' tarihine kadar gönderir; toplantı '
      + turkishDate(meeting.windowStart) + ' ile ' + turkishDate(meeting.windowEnd) + ' arasında, Kaymakamın belirleyeceği '
      + 'günde yapılır.';
  }

  function done(text, meetingKey) {
    $('doneText').textContent = text;
    $('done').setAttribute('data-meeting', meetingKey || '');
    show('callForm', false);
    show('done', true);
    $('done').focus();
  }

  function submit(event) {
    event.preventDefault();
    clearErrors();
    const province = selectedProvince();
    const board = selectedBoard();
    const act = selectedAct();
    const reason = $('reason').value;
    const discretionary = act === 'DISCRETIONARY';
    const path = discretionary ? '/api/districts/' + board.districtId + '/meetings' : '/api/meetings/extraordinary';
    const body = discretionary ? { reason: reason }
      : { plateCode: province.plateCode, districtId: board.districtId, requestedBy: act, reason: reason };
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const button = $('submit');
    button.disabled = true;
    // the session's XSRF token (Camunda's cookie is limited to /camunda): Kurul hands it to its own pages
    fetch('/api/me/xsrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((t) => (t.ok ? t.json() : {})).catch(() => ({}))
      .then((t) => {
        if (t && t.token) {
          headers['X-XSRF-TOKEN'] = t.token;
        }
        return fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body) });
      })
      .then((r) => r.json().catch(() => ({})).then((answer) => {
        if (r.ok) {
          done(discretionary ? discretionaryDone(answer) : answer.message, answer.meetingKey || answer.requestKey);
        } else {
          refused(r.status, answer);
        }
      }))
      .catch(() => {
        fieldError(null, 'Sunucuya ulaşılamadı; bağlantınızı denetleyip yeniden deneyin.');
        $('formError').focus();
      })
      .finally(() => { button.disabled = false; });
  }

  function again() {
    show('done', false);
    $('reason').value = '';
    countCharacters();
    show('callForm', true);
    $('reason').focus();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('province').addEventListener('change', fillBoards);
    $('board').addEventListener('change', fillActs);
    $('reason').addEventListener('input', countCharacters);
    $('callForm').addEventListener('submit', submit);
    $('again').addEventListener('click', again);
    $('formError').tabIndex = -1;
    load();
  });
})();
