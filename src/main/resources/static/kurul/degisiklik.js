// "Toplantı değişikliği" (R11.3: "Toplantının günü, yeri ve saati kurul başkanı tarafından belirlenir"): the chair's
// office postpones a meeting to another day, moves it to another place or time, or cancels it, always with a reason.
// The server lists only the meetings the caller's office may change (GET /api/meetings/changeable) and decides again on
// the POST; a refusal stands beside its field, and nothing changes.
(function () {
  'use strict';
  var R = Registry;
  var state = { meetings: [] };

  function selected() {
    var key = R.$('meeting').value;
    return state.meetings.filter(function (m) { return m.meetingKey === key; })[0];
  }

  function describe(m) {
    return R.trDay(m.meetingDate) + (m.startTime ? ' ' + m.startTime : '') + (m.place ? ', ' + m.place : '');
  }

  function kind() {
    var checked = document.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : null;
  }

  /** Only the fields the chosen change needs are shown: a new day for a postponement, place and time unless cancelled. */
  function showFields() {
    var k = kind();
    R.$('newDateField').hidden = k !== 'POSTPONE';
    R.$('newTimeField').hidden = k === 'CANCEL';
    R.$('newPlaceField').hidden = k === 'CANCEL';
  }

  function load(keep) {
    return R.get('/api/meetings/changeable').then(function (list) {
      state.meetings = list;
      R.$('none').hidden = list.length > 0;
      R.$('changeForm').hidden = list.length === 0;
      var select = R.$('meeting');
      var previous = keep || select.value || new URLSearchParams(location.search).get('toplanti');
      select.innerHTML = list.map(function (m) {
        return '<option value="' + R.esc(m.meetingKey) + '">' + R.esc(m.title + ' — ' + describe(m)) + '</option>';
      }).join('');
      if (previous && list.some(function (m) { return m.meetingKey === previous; })) {
        select.value = previous;
      }
      return showMeeting();
    }).catch(function (e) { R.say(e.message, true); });
  }

  function showMeeting() {
    var m = selected();
    if (!m) {
      R.$('changesSection').hidden = true;
      return null;
    }
    R.$('meetingNow').textContent = 'Şu anki gün, saat ve yer: ' + describe(m) + '. Toplantının planlandığı dönem: '
      + R.trDay(m.windowStart) + ' – ' + R.trDay(m.windowEnd) + '.';
    return R.get('/api/meetings/' + encodeURIComponent(m.meetingKey)).then(function (detail) {
      var rows = detail.changes || [];
      R.$('changesSection').hidden = false;
      R.$('changesTable').tBodies[0].innerHTML = rows.length ? rows.slice().reverse().map(function (c) {
        var what = capital(c.kindText) + (c.kind === 'CANCEL' ? '' : ': ' + fromTo(c));
        return '<tr><td>' + R.esc(new Date(c.changedAt).toLocaleString('tr-TR', { timeZone: 'Europe/Istanbul' })) + '</td><td>'
          + R.esc(c.changedBy) + '</td><td>' + R.esc(what) + (c.warnings ? '<br><span class="warning">' + R.esc(c.warnings) + '</span>' : '')
          + '</td><td>' + R.esc(c.reason) + '</td></tr>';
      }).join('') : '<tr><td colspan="4">Bu toplantı henüz değiştirilmedi.</td></tr>';
    }).catch(function (e) { R.say(e.message, true); });
  }

  function capital(text) {
    return text ? text.charAt(0).toLocaleUpperCase('tr-TR') + text.substring(1) : '';
  }

  /** "08.04.2027 10:00, Valilik Toplantı Salonu → 15.04.2027 10:00, Valilik Toplantı Salonu" */
  function fromTo(c) {
    return R.trDay(c.oldDate) + ' ' + (c.oldTime || '') + ', ' + (c.oldPlace || '') + ' → '
      + R.trDay(c.newDate) + ' ' + (c.newTime || '') + ', ' + (c.newPlace || '');
  }

  var FIELDS = { kind: 'kindError', newDate: 'newDateError', newTime: 'newTimeError', newPlace: 'newPlaceError', reason: 'reasonError' };

  function submit(e) {
    e.preventDefault();
    Object.keys(FIELDS).forEach(function (f) { R.clear(FIELDS[f]); });
    R.clear('formError');
    R.say('');
    var m = selected();
    var k = kind();
    var body = { kind: k, reason: R.$('reason').value };
    if (k === 'POSTPONE') {
      var typed = R.$('newDate').value;
      body.newDate = R.isoDay(typed);
      if (!body.newDate) {
        R.show('newDateError', typed.trim() ? 'Yeni günü GG.AA.YYYY biçiminde yazın (örneğin 22.04.2027).' : 'Ertelemede yeni gün zorunludur.');
        return;
      }
    }
    if (k !== 'CANCEL') {
      body.newTime = R.$('newTime').value.trim() || null;
      body.newPlace = R.$('newPlace').value.trim() || null;
    }
    var button = R.$('submit');
    button.disabled = true;
    R.send('POST', '/api/meetings/' + encodeURIComponent(m.meetingKey) + '/changes', body).then(function (change) {
      ['newDate', 'newTime', 'newPlace', 'reason'].forEach(function (id) { R.$(id).value = ''; });
      var text = m.title + ' ' + change.kindText + (change.kind === 'CANCEL' ? '.' : ': ' + fromTo(change) + '.')
        + ' Bildirim gönderilmiş herkese değişiklik gönderilir.' + (change.warnings ? ' Uyarı: ' + change.warnings : '');
      return load(change.kind === 'CANCEL' ? null : m.meetingKey).then(function () { R.say(text, false); });
    }, function (failure) {
      R.refusals(failure, FIELDS, 'formError');
    }).then(function () { button.disabled = false; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[name="kind"]').forEach(function (radio) {
      radio.addEventListener('change', showFields);
    });
    R.$('meeting').addEventListener('change', function () {
      R.say('');
      showMeeting();
    });
    R.$('changeForm').addEventListener('submit', submit);
    showFields();
    load();
  });
}());
