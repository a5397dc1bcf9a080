// "Hazırlık listesi": a province's onboarding checklist (GET /api/provinces/{plate}/readiness) — each item done (✔) or
// missing (✗) with what to do, in Turkish, and a link to the page where it is done. When every other item is done and
// the year is not planned, the province's secretariat or an administrator plans it here (R7.1, R7.2):
// "<yıl> yılının toplantılarını planla" → POST /api/provinces/{plate}/planning/{year}; a refusal shows beside the button.
(function () {
  'use strict';
  var R = Registry;
  var state = { plateCode: null };

  function onProvince(plateCode, me) {
    state.plateCode = plateCode;
    var select = R.$('year');
    if (!select.options.length) {
      var now = Number(String(me.today).substring(0, 4));
      for (var y = now - 1; y <= now + 2; y++) {
        select.insertAdjacentHTML('beforeend', '<option value="' + y + '">' + y + '</option>');
      }
      var wanted = new URLSearchParams(location.search).get('yil');
      select.value = wanted && Number(wanted) >= 2000 && Number(wanted) <= 2100 ? wanted : String(now);
      if (wanted && select.value !== wanted && Number(wanted) >= 2000 && Number(wanted) <= 2100) {
        select.insertAdjacentHTML('beforeend', '<option value="' + Number(wanted) + '">' + Number(wanted) + '</option>');
        select.value = String(Number(wanted));
      }
    }
    load();
  }

  function load() {
    var year = R.$('year').value;
    R.clear('planError');
    return R.get('/api/provinces/' + state.plateCode + '/readiness?year=' + year).then(function (list) {
      R.$('checklistTitle').textContent = year + ' hazırlık listesi — '
        + (list.complete ? 'tamamlandı' : list.items.filter(function (i) { return !i.done; }).length + ' eksik');
      R.$('checklist').tBodies[0].innerHTML = list.items.map(function (i) {
        return '<tr data-item="' + R.esc(i.key) + '"><td class="' + (i.done ? 'status-ok' : 'status-missing') + '">'
          + (i.done ? '✔ <span class="visually-hidden">tamam</span>' : '✗ <span class="visually-hidden">eksik</span>')
          + '</td><td>' + R.esc(i.label) + '</td><td>' + R.esc(i.detail) + '</td><td>'
          + (i.done ? '' : R.esc(i.todo) + ' ') + '<a href="' + R.esc(i.link) + '">' + (i.done ? 'Görüntüle' : 'Sayfaya git')
          + '<span class="visually-hidden"> (' + R.esc(i.label) + ')</span></a></td></tr>';
      }).join('');
      R.$('planSection').hidden = !list.mayPlan;
      R.$('plan').textContent = year + ' yılının toplantılarını planla';
    }).catch(function (e) {
      R.$('planSection').hidden = true;
      R.$('checklist').tBodies[0].innerHTML = '';
      R.say(e.message, true);
    });
  }

  function plan() {
    var year = R.$('year').value;
    var button = R.$('plan');
    button.disabled = true;
    R.clear('planError');
    R.send('POST', '/api/provinces/' + state.plateCode + '/planning/' + year, null).then(function (result) {
      R.$('plannedTitle').textContent = year + ' yılının planlanan olağan toplantıları';
      R.$('plannedTable').tBodies[0].innerHTML = result.meetings.map(function (m) {
        return '<tr><td>' + R.esc(m.title) + '</td><td>' + R.trDay(m.windowStart) + ' – ' + R.trDay(m.windowEnd)
          + '</td><td>' + R.trDay(m.agendaDueDate) + '</td></tr>';
      }).join('');
      R.$('plannedTable').hidden = false;
      return load().then(function () {
        R.say(year + ' yılının ' + result.meetings.length + ' olağan toplantısı planlandı; gündem çağrıları zamanı gelince '
          + 'kurumlara gider.', false);
      });
    }, function (e) {
      R.refusals(e, { readiness: 'planError', year: 'planError' }, 'planError');
    }).then(function () { button.disabled = false; });
  }

  R.$('plan').addEventListener('click', plan);
  R.$('year').addEventListener('change', function () {
    R.$('plannedTable').hidden = true;
    R.say('');
    load();
  });
  R.provincePicker(onProvince);
}());
