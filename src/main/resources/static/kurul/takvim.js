// "Tatil ve idari izin günleri" (R-DATES): the year's official holidays and administrative leave days
// (GET /api/calendar/non-working-days?year=) with Turkish dates; administrators add or replace one
// (PUT /api/calendar/non-working-days/{date}) and remove one (DELETE …/{date}?type=), as the API allows; everybody else
// reads. Refusals are shown beside the field; deadlines and plans computed afterwards count the change.
(function () {
  'use strict';
  var R = Registry;
  var TYPES = { RESMI_TATIL: 'Resmi tatil', IDARI_IZIN: 'İdari izin' };
  var PARTS = { FULL: 'Tam gün', AM: 'Öğleden önce', PM: 'Öğleden sonra' };
  var FIELDS = { date: 'dayDateError', type: 'dayTypeError', part: 'dayPartError', name: 'dayNameError' };
  var state = { administrator: false };

  function weekday(iso) {
    var p = String(iso).split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString('tr-TR', { weekday: 'long', timeZone: 'UTC' });
  }

  function load() {
    var year = R.$('year').value;
    R.get('/api/calendar/warnings').then(function (w) {
      var list = (w && w.warnings) || [];
      R.$('warnings').innerHTML = list.map(function (t) { return '<li>' + R.esc(t) + '</li>'; }).join('');
      R.$('warnings').hidden = !list.length;
    }, function () { R.$('warnings').hidden = true; });
    return R.get('/api/calendar/non-working-days?year=' + year).then(function (days) {
      R.$('daysTitle').textContent = year + ' yılının tatil ve idari izin günleri (' + days.length + ' kayıt)';
      R.$('days').tBodies[0].innerHTML = days.length ? days.map(function (d) {
        var action = d.fixed ? '<span class="hint">Kanunla belirlenir</span>'
          : (state.administrator ? '<button type="button" class="secondary remove" data-date="' + R.esc(d.date) + '" data-type="'
            + R.esc(d.type) + '">Sil<span class="visually-hidden"> (' + R.trDay(d.date) + ', ' + R.esc(TYPES[d.type]) + ')</span></button>' : '');
        return '<tr data-date="' + R.esc(d.date) + '" data-type="' + R.esc(d.type) + '"><td>' + R.trDay(d.date) + '</td><td>'
          + R.esc(weekday(d.date)) + '</td><td>' + R.esc(TYPES[d.type] || d.type) + '</td><td>' + R.esc(PARTS[d.part] || d.part)
          + '</td><td>' + R.esc(d.name) + '</td><td>' + R.esc(d.fixed ? '2429 sayılı Kanun' : (d.source || '')) + '</td><td>' + action + '</td></tr>';
      }).join('') : '<tr><td colspan="7">Kayıt yok.</td></tr>';
    }).catch(function (e) { R.say(e.message, true); });
  }

  function save(event) {
    event.preventDefault();
    Object.keys(FIELDS).forEach(function (f) { R.clear(FIELDS[f]); });
    R.clear('dayError');
    var date = R.isoDay(R.$('dayDate').value);
    if (!date) {
      R.show('dayDateError', 'Tarihi GG.AA.YYYY biçiminde yazın (ör. 02.01.' + R.$('year').value + ').');
      return;
    }
    var name = R.$('dayName').value.trim();
    if (!name) {
      R.show('dayNameError', 'Açıklama zorunludur (ör. "Kurban Bayramı sonrası idari izin").');
      return;
    }
    var type = R.$('dayType').value;
    R.send('PUT', '/api/calendar/non-working-days/' + date, { type: type, part: R.$('dayPart').value, name: name }).then(function (d) {
      var year = d.date.substring(0, 4);
      R.$('dayDate').value = '';
      R.$('dayName').value = '';
      var reload = function () {
        return load().then(function () {
          R.say(R.trDay(d.date) + ' ' + (TYPES[d.type] || '').toLocaleLowerCase('tr-TR') + ' olarak kaydedildi ('
            + (PARTS[d.part] || '').toLocaleLowerCase('tr-TR') + '): ' + d.name + '. Bundan sonra hesaplanan süreler bu günü saymaz.', false);
        });
      };
      if (R.$('year').value !== year) {
        ensureYear(Number(year));
        R.$('year').value = year;
      }
      return reload();
    }, function (e) {
      R.refusals(e, FIELDS, 'dayError');
    });
  }

  function remove(button) {
    var date = button.getAttribute('data-date');
    var type = button.getAttribute('data-type');
    R.send('DELETE', '/api/calendar/non-working-days/' + date + '?type=' + encodeURIComponent(type), null).then(function () {
      return load().then(function () {
        R.say(R.trDay(date) + ' tarihindeki ' + (TYPES[type] || '').toLocaleLowerCase('tr-TR') + ' kaydı silindi.', false);
        R.$('year').focus();
      });
    }, function (e) { R.say(e.message, true); });
  }

  function ensureYear(y) {
    var select = R.$('year');
    if (!Array.prototype.some.call(select.options, function (o) { return Number(o.value) === y; })) {
      select.insertAdjacentHTML('beforeend', '<option value="' + y + '">' + y + '</option>');
    }
  }

  R.get('/api/me').then(function (me) {
    state.administrator = Boolean(me.administrator);
    var now = Number(String(me.today).substring(0, 4));
    for (var y = now - 1; y <= now + 2; y++) {
      ensureYear(y);
    }
    var wanted = Number(new URLSearchParams(location.search).get('yil'));
    if (wanted >= 2000 && wanted <= 2100) {
      ensureYear(wanted);
    }
    R.$('year').value = String(wanted >= 2000 && wanted <= 2100 ? wanted : now);
    R.$('dayForm').hidden = !state.administrator;
    R.$('readOnly').hidden = state.administrator;
    R.$('dayDate').placeholder = 'ör. 02.01.' + (now + 1);
    load();
  }).catch(function (e) { R.say(e.message, true); });

  R.$('year').addEventListener('change', function () {
    var params = new URLSearchParams(location.search);
    params.set('yil', R.$('year').value);
    history.replaceState(null, '', '?' + params.toString());
    R.say('');
    load();
  });
  R.$('dayForm').addEventListener('submit', save);
  R.$('days').addEventListener('click', function (event) {
    var button = event.target.closest('button.remove');
    if (button) {
      remove(button);
    }
  });
}());
